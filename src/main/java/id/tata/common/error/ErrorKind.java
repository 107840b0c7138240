package id.tata.common.error;

/** What went wrong, coarse enough for an exit code and a dialog icon. */
public enum ErrorKind {
    /** The user gave something we cannot use (bad file, bad value, missing column). CLI exit 2. */
    BAD_INPUT(2),
    /** Not allowed now: forbidden for the role, locked by someone else, newer workspace, read-only. CLI exit 3. */
    REFUSED(3),
    /** Something named does not exist. CLI exit 4. */
    NOT_FOUND(4),
    /** A fault of Tata itself or of the machine (disk full, I/O). CLI exit 5. */
    INTERNAL(5);

    private final int exitCode;

    ErrorKind(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
