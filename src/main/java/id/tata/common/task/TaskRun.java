package id.tata.common.task;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One execution of a task: its state machine, its progress and the hand-off of the outcome to the callback
 * executor. Shared by both executors so they cannot disagree about what "cancelled" or "failed" means.
 */
final class TaskRun<T> implements TaskHandle, ProgressSink {
    private final BackgroundTask<T> task;
    private final Executor callbacks;
    private final Runnable changed;
    private final AtomicReference<TaskState> state = new AtomicReference<>(TaskState.PENDING);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean cancelRequested;
    private volatile TaskProgress progress = TaskProgress.UNKNOWN;

    /**
     * @param callbacks where the task's callbacks run
     * @param changed   told (on whatever thread) whenever state or progress changed
     */
    TaskRun(BackgroundTask<T> task, Executor callbacks, Runnable changed) {
        this.task = task;
        this.callbacks = callbacks;
        this.changed = changed;
    }

    void run() {
        if (!state.compareAndSet(TaskState.PENDING, TaskState.RUNNING)) {
            return; // cancelled while waiting in the queue; already finished by cancel()
        }
        changed.run();
        T result = null;
        Throwable failure = null;
        try {
            result = task.call(this);
        } catch (Throwable e) {
            failure = e;
        }
        finish(result, failure);
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal; // reported to the task's owner, but the JVM must still learn it is out of memory
        }
    }

    private void finish(T result, Throwable failure) {
        TaskState end;
        if (cancelRequested || failure instanceof CancellationException) {
            end = TaskState.CANCELLED; // a result computed after cancel() is stale by the user's wish
        } else {
            end = failure == null ? TaskState.SUCCEEDED : TaskState.FAILED;
        }
        state.set(end);
        changed.run();
        try {
            callbacks.execute(() -> deliver(end, result, failure));
        } finally {
            done.countDown();
        }
    }

    private void deliver(TaskState end, T result, Throwable failure) {
        switch (end) {
            case SUCCEEDED -> task.succeeded(result);
            case FAILED -> task.failed(failure);
            default -> task.cancelled();
        }
    }

    @Override
    public void cancel() {
        cancelRequested = true;
        if (state.compareAndSet(TaskState.PENDING, TaskState.CANCELLED)) {
            changed.run();
            try {
                callbacks.execute(task::cancelled);
            } finally {
                done.countDown();
            }
        }
    }

    @Override
    public void update(long workDone, long total) {
        progress = new TaskProgress(workDone, total, progress.message());
        changed.run();
    }

    @Override
    public void message(String message) {
        TaskProgress current = progress;
        progress = new TaskProgress(current.workDone(), current.total(), message);
        changed.run();
    }

    @Override
    public boolean isCancelled() {
        return cancelRequested;
    }

    @Override
    public String title() {
        return task.title();
    }

    @Override
    public TaskState state() {
        return state.get();
    }

    @Override
    public TaskProgress progress() {
        return progress;
    }

    @Override
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "Task[" + title() + " " + state() + "]";
    }
}
