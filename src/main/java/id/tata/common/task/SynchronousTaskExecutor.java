// STAND-IN: replaced by the common branch
package id.tata.common.task;

/** Runs each task at once on the calling thread: deterministic tests. */
public final class SynchronousTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle<T> execute(BackgroundTask<T> task) {
        FutureTaskHandle<T> handle = new FutureTaskHandle<>(Runnable::run);
        handle.run(task);
        return handle;
    }
}
