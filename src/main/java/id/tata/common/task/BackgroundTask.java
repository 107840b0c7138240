// STAND-IN: replaced by the common branch
package id.tata.common.task;

/** Work that must not run on the FX thread (database, files), with a title for the task list. */
public interface BackgroundTask<T> {
    String title();

    T call(ProgressSink progress) throws Exception;

    /** Work body of {@link #of}. */
    @FunctionalInterface
    interface Work<T> {
        T call(ProgressSink progress) throws Exception;
    }

    static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T call(ProgressSink progress) throws Exception {
                return work.call(progress);
            }
        };
    }
}
