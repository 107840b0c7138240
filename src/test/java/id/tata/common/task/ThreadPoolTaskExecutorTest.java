package id.tata.common.task;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(20)
class ThreadPoolTaskExecutorTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Stands in for the JavaFX thread: one named thread, so tests can see where callbacks ran. */
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(uiThread);

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdown();
        assertTrue(executor.awaitTermination(WAIT));
        uiThread.shutdownNow();
    }

    @Test
    void successRunsOnADaemonWorkerAndIsDeliveredOnTheCallbackExecutor() throws InterruptedException {
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        AtomicReference<Integer> result = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);

        TaskHandle handle = executor.execute(BackgroundTask.of("Hitung", progress -> {
            worker.set(Thread.currentThread());
            return 7;
        }).onSuccess(value -> {
            result.set(value);
            callbackThread.set(Thread.currentThread().getName());
            delivered.countDown();
        }));

        assertTrue(delivered.await(10, TimeUnit.SECONDS));
        assertEquals(7, result.get());
        assertEquals("ui", callbackThread.get());
        assertTrue(worker.get().isDaemon());
        assertTrue(worker.get().getName().startsWith("tata-task-"));
        assertTrue(handle.awaitDone(WAIT));
        assertEquals(TaskState.SUCCEEDED, handle.state());
    }

    @Test
    void failureIsDelivered() throws InterruptedException {
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);
        TaskHandle handle = executor.execute(BackgroundTask.<String>of("Impor", progress -> {
            throw new IllegalArgumentException("kolom NIP tidak ada");
        }).onSuccess(value -> delivered.countDown()).onFailure(e -> {
            error.set(e);
            delivered.countDown();
        }));

        assertTrue(delivered.await(10, TimeUnit.SECONDS));
        assertEquals("kolom NIP tidak ada", error.get().getMessage());
        assertTrue(handle.awaitDone(WAIT));
        assertEquals(TaskState.FAILED, handle.state());
    }

    @Test
    void cancellingARunningTaskStopsItAndDiscardsItsResult() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicBoolean succeeded = new AtomicBoolean();
        TaskHandle handle = executor.execute(BackgroundTask.of("Ekspor panjang", progress -> {
            started.countDown();
            while (!progress.isCancelled()) {
                Thread.sleep(5);
            }
            return "stale";
        }).onSuccess(value -> succeeded.set(true)).onCancelled(cancelled::countDown));

        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(TaskState.RUNNING, handle.state());
        handle.cancel();

        assertTrue(cancelled.await(10, TimeUnit.SECONDS));
        assertTrue(handle.awaitDone(WAIT));
        assertEquals(TaskState.CANCELLED, handle.state());
        assertFalse(succeeded.get());
    }

    @Test
    void cancellingAPendingTaskMeansItNeverRuns() throws InterruptedException {
        ThreadPoolTaskExecutor single = new ThreadPoolTaskExecutor(1, Runnable::run);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();
        AtomicBoolean secondCancelled = new AtomicBoolean();
        try {
            TaskHandle first = single.execute(BackgroundTask.of("Pertama",
                    progress -> release.await(10, TimeUnit.SECONDS)));
            TaskHandle second = single.execute(BackgroundTask.of("Kedua", progress -> secondRan.getAndSet(true))
                    .onCancelled(() -> secondCancelled.set(true)));
            assertEquals(TaskState.PENDING, second.state());

            second.cancel();
            assertEquals(TaskState.CANCELLED, second.state());
            assertTrue(secondCancelled.get());
            release.countDown();
            assertTrue(first.awaitDone(WAIT));
        } finally {
            single.shutdown();
            assertTrue(single.awaitTermination(WAIT));
        }
        assertFalse(secondRan.get());
    }

    @Test
    void listenersSeeActiveTasksWithTheirProgressAndThenAnEmptyList() throws InterruptedException {
        List<List<TaskStatus>> notifications = new CopyOnWriteArrayList<>();
        executor.addListener(notifications::add);
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        TaskHandle handle = executor.execute(BackgroundTask.of("Impor aset", progress -> {
            progress.update(5, 10);
            progress.message("Baris 5 dari 10");
            reported.countDown();
            release.await();
            return null;
        }));
        assertTrue(reported.await(10, TimeUnit.SECONDS));

        waitUntil(() -> lastOf(notifications).stream().anyMatch(s -> s.progress().workDone() == 5
                && "Baris 5 dari 10".equals(s.progress().message())));
        TaskStatus status = lastOf(notifications).get(0);
        assertEquals("Impor aset", status.title());
        assertEquals(TaskState.RUNNING, status.state());
        assertEquals(0.5, status.progress().fraction());
        assertEquals(handle, status.handle());
        assertEquals(List.of("Impor aset"), executor.activeTasks().stream().map(TaskStatus::title).toList());

        release.countDown();
        assertTrue(handle.awaitDone(WAIT));
        waitUntil(() -> lastOf(notifications).isEmpty() && executor.activeTasks().isEmpty());
    }

    @Test
    void neverRunsMoreThanTwoTasksAtOnce() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<TaskHandle> handles = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            handles.add(executor.execute(BackgroundTask.of("Tugas " + i, progress -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                release.await();
                running.decrementAndGet();
                return null;
            })));
        }
        waitUntil(() -> running.get() == 2);
        Thread.sleep(100); // give a (wrong) third thread the chance to start
        assertEquals(2, peak.get());
        assertEquals(2, handles.stream().filter(h -> h.state() == TaskState.PENDING).count());
        release.countDown();
        for (TaskHandle handle : handles) {
            assertTrue(handle.awaitDone(WAIT));
        }
        assertThrows(IllegalArgumentException.class, () -> new ThreadPoolTaskExecutor(3, Runnable::run));
    }

    @Test
    void throwingCallbackDoesNotStopLaterTasks() throws InterruptedException {
        TaskHandle bad = executor.execute(BackgroundTask.of("a", progress -> 1).onSuccess(v -> {
            throw new IllegalStateException("callback bug");
        }));
        AtomicReference<Integer> second = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);
        executor.execute(BackgroundTask.of("b", progress -> 2).onSuccess(v -> {
            second.set(v);
            delivered.countDown();
        }));
        assertTrue(delivered.await(10, TimeUnit.SECONDS));
        assertEquals(2, second.get());
        assertEquals(TaskState.SUCCEEDED, bad.state());
    }

    @Test
    void refusesTasksAfterShutdown() {
        executor.shutdown();
        assertThrows(IllegalStateException.class, () -> executor.execute(BackgroundTask.of("x", p -> 1)));
    }

    private static List<TaskStatus> lastOf(List<List<TaskStatus>> notifications) {
        return notifications.isEmpty() ? List.of() : notifications.get(notifications.size() - 1);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(5);
        }
    }
}
