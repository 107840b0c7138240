package id.tata.common.task;

import java.time.Duration;

/** A submitted task as its caller and the shell's task list see it. Safe to read from any thread. */
public interface TaskHandle {
    String title();

    TaskState state();

    TaskProgress progress();

    /**
     * Asks the task to stop: a pending task never starts; a running one sees {@link ProgressSink#isCancelled()}
     * and its result, if it still returns one, is discarded. Either way {@code onCancelled} runs, not
     * {@code onSuccess}. Cancelling a finished task does nothing.
     */
    void cancel();

    default boolean isDone() {
        return state().isDone();
    }

    /**
     * Waits until the task is done and its callbacks have been handed to the callback executor. For the CLI and
     * tests; never call it on the JavaFX thread when callbacks run there.
     *
     * @return false on timeout
     */
    boolean awaitDone(Duration timeout) throws InterruptedException;
}
