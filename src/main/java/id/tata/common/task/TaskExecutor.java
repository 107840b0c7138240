package id.tata.common.task;

/**
 * Runs {@link BackgroundTask}s. The GUI uses a thread pool so the JavaFX thread never waits on a workspace or a
 * renderer; ViewModel tests and the CLI use {@link SynchronousTaskExecutor} so results are there on return.
 */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Accepts no new tasks; tasks already submitted still finish. */
    void shutdown();
}
