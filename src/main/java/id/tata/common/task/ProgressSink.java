package id.tata.common.task;

/**
 * What a running task reports to, and asks whether it should stop. Cancellation is cooperative: the work checks
 * {@link #isCancelled()} between steps, because interrupting a thread mid-I/O would close the workspace's file
 * channels (NIO closes a channel on interrupt) and could leave a half-written export.
 */
public interface ProgressSink {
    /** A sink that records nothing and is never cancelled, for calling task code directly. */
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void update(long workDone, long total) {
        }

        @Override
        public void message(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Work done out of total; a total of zero or less means "not known yet" (an indeterminate bar). */
    void update(long workDone, long total);

    /** A short line for the task list, in the user's language ("Membaca baris 120 dari 900"). */
    void message(String message);

    boolean isCancelled();
}
