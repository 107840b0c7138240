package id.tata.common.task;

/**
 * A snapshot of a task's progress, immutable so it can be handed to the UI thread as it is.
 *
 * @param total zero or less while the amount of work is not known
 */
public record TaskProgress(long workDone, long total, String message) {
    public static final TaskProgress UNKNOWN = new TaskProgress(0, -1, "");

    public TaskProgress {
        message = message == null ? "" : message;
    }

    /** 0..1, or -1 when indeterminate (the value JavaFX progress bars take for "unknown"). */
    public double fraction() {
        if (total <= 0) {
            return -1;
        }
        return Math.max(0, Math.min(1, (double) workDone / total));
    }

    public boolean indeterminate() {
        return total <= 0;
    }
}
