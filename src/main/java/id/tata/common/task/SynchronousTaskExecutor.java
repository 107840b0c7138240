package id.tata.common.task;

/**
 * Runs each task to the end on the calling thread, callbacks included, before {@code execute} returns.
 * For ViewModel tests (no waiting, no flakiness) and for the CLI, which has nothing else to do meanwhile.
 * A callback that throws propagates to the caller, so a failing assertion inside a callback fails the test.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {
    private volatile boolean shutdown;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        if (shutdown) {
            throw new IllegalStateException("executor is shut down");
        }
        TaskRun<T> run = new TaskRun<>(task, Runnable::run, () -> { });
        run.run();
        return run;
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }
}
