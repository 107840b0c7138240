package id.tata.workspace;

/** Facts that make a SQLite file a Tata workspace. */
public final class WorkspaceFile {
    /** "TATA" in ASCII, stored in the SQLite header so that a foreign SQLite file is recognised as such. */
    public static final int APPLICATION_ID = 0x54415441;
    public static final String EXTENSION = ".tata";

    private WorkspaceFile() {}
}
