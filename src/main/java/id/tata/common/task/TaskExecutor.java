// STAND-IN: replaced by the common branch
package id.tata.common.task;

/** Runs background tasks; swapped for {@link SynchronousTaskExecutor} in tests. */
public interface TaskExecutor {
    <T> TaskHandle<T> execute(BackgroundTask<T> task);

    default void shutdown() {
    }
}
