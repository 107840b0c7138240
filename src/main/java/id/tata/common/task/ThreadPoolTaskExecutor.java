package id.tata.common.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on at most two daemon threads: the target machines have two cores, and the workspace has a single
 * writer anyway. Daemon threads, so a forgotten task never keeps the application from exiting.
 *
 * <p>Knows nothing of JavaFX: callbacks and task-list listeners run on the given callback executor, which the
 * shell sets to {@code Platform::runLater} and tests to {@code Runnable::run}. Progress notifications are
 * coalesced, so a task reporting every row cannot flood the UI thread's queue.
 */
public final class ThreadPoolTaskExecutor implements TaskExecutor {
    public static final int MAX_THREADS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ThreadPoolTaskExecutor.class);

    private final ExecutorService pool;
    private final Executor callbacks;
    private final List<TaskRun<?>> active = new CopyOnWriteArrayList<>();
    private final List<TaskListListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean notificationScheduled = new AtomicBoolean();
    private volatile boolean shutdown;

    public ThreadPoolTaskExecutor(Executor callbackExecutor) {
        this(MAX_THREADS, callbackExecutor);
    }

    public ThreadPoolTaskExecutor(int threads, Executor callbackExecutor) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1.." + MAX_THREADS + ", not " + threads);
        }
        Objects.requireNonNull(callbackExecutor, "callbackExecutor");
        this.callbacks = guarded(callbackExecutor);
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Objects.requireNonNull(task, "task");
        if (shutdown) {
            throw new IllegalStateException("executor is shut down");
        }
        TaskRun<T> run = new TaskRun<>(task, callbacks, this::tasksChanged);
        active.add(run);
        tasksChanged();
        try {
            pool.execute(() -> runAndForget(run));
        } catch (RejectedExecutionException e) {
            active.remove(run);
            run.cancel(); // lost a race with shutdown(): the caller still hears about the task's end
        }
        return run;
    }

    private void runAndForget(TaskRun<?> run) {
        try {
            run.run();
        } finally {
            active.remove(run);
            tasksChanged();
        }
    }

    /** The tasks pending or running now, oldest first. */
    public List<TaskStatus> activeTasks() {
        return active.stream().filter(run -> !run.isDone()).map(TaskStatus::of).toList();
    }

    /** Adds a listener and tells it the current list right away (on the callback executor). */
    public void addListener(TaskListListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        tasksChanged();
    }

    public void removeListener(TaskListListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void shutdown() {
        shutdown = true;
        pool.shutdown();
    }

    /** Waits for submitted tasks to end after {@link #shutdown()}; false on timeout. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void tasksChanged() {
        if (listeners.isEmpty() || !notificationScheduled.compareAndSet(false, true)) {
            return; // a notification is already queued; it will read the state as it is when it runs
        }
        callbacks.execute(() -> {
            notificationScheduled.set(false);
            List<TaskStatus> now = activeTasks();
            listeners.forEach(listener -> listener.tasksChanged(now));
        });
    }

    /** A throwing callback must not kill a worker thread or silence the callbacks after it: log it instead. */
    private static Executor guarded(Executor target) {
        return command -> target.execute(() -> {
            try {
                command.run();
            } catch (RuntimeException e) {
                LOG.error("A background-task callback failed", e);
            }
        });
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "tata-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
