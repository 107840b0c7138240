package id.tata.common.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynchronousTaskExecutorTest {
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final List<String> events = new ArrayList<>();

    private <T> BackgroundTask<T> recorded(BackgroundTask<T> task) {
        return task.onSuccess(result -> events.add("success:" + result))
                .onFailure(error -> events.add("failure:" + error.getMessage()))
                .onCancelled(() -> events.add("cancelled"));
    }

    @Test
    void successIsDeliveredBeforeExecuteReturns() throws InterruptedException {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> worker = new AtomicReference<>();
        TaskHandle handle = executor.execute(recorded(BackgroundTask.of("Hitung indeks", progress -> {
            worker.set(Thread.currentThread());
            progress.update(3, 4);
            progress.message("Domain 3 dari 4");
            return 42;
        })));

        assertEquals(List.of("success:42"), events);
        assertEquals(TaskState.SUCCEEDED, handle.state());
        assertEquals(caller, worker.get(), "runs on the calling thread");
        assertEquals(new TaskProgress(3, 4, "Domain 3 dari 4"), handle.progress());
        assertEquals(0.75, handle.progress().fraction());
        assertEquals("Hitung indeks", handle.title());
        assertTrue(handle.awaitDone(Duration.ZERO));
    }

    @Test
    void failureIsDeliveredAndNotThrown() {
        TaskHandle handle = executor.execute(recorded(BackgroundTask.of("Impor", progress -> {
            throw new IOException("berkas rusak");
        })));
        assertEquals(List.of("failure:berkas rusak"), events);
        assertEquals(TaskState.FAILED, handle.state());
    }

    @Test
    void workThatThrowsCancellationIsCancelled() {
        TaskHandle handle = executor.execute(recorded(BackgroundTask.of("Ekspor", progress -> {
            throw new CancellationException();
        })));
        assertEquals(List.of("cancelled"), events);
        assertEquals(TaskState.CANCELLED, handle.state());
    }

    @Test
    void callbackErrorsReachTheCallerSoTestsFailLoudly() {
        BackgroundTask<String> task = BackgroundTask.of("x", progress -> "ok").onSuccess(result -> {
            throw new AssertionError("expected something else");
        });
        assertThrows(AssertionError.class, () -> executor.execute(task));
    }

    @Test
    void callbacksAreReplacedOnACopyNotOnTheTemplate() {
        BackgroundTask<String> template = BackgroundTask.of("Templat", progress -> "hasil");
        BackgroundTask<String> withCallback = template.onSuccess(result -> events.add(result));
        executor.execute(template);
        assertTrue(events.isEmpty());
        executor.execute(withCallback);
        assertEquals(List.of("hasil"), events);
    }

    @Test
    void defaultFailureHandlerDoesNotThrow() {
        TaskHandle handle = executor.execute(BackgroundTask.of("Tanpa penangan", progress -> {
            throw new IllegalStateException("diabaikan tapi dicatat");
        }));
        assertEquals(TaskState.FAILED, handle.state());
    }

    @Test
    void progressWithoutTotalIsIndeterminate() {
        TaskHandle handle = executor.execute(BackgroundTask.of("x", progress -> {
            progress.message("Menunggu");
            return null;
        }));
        assertTrue(handle.progress().indeterminate());
        assertEquals(-1, handle.progress().fraction());
        assertEquals("Menunggu", handle.progress().message());
    }

    @Test
    void refusesTasksAfterShutdown() {
        executor.shutdown();
        assertThrows(IllegalStateException.class, () -> executor.execute(BackgroundTask.of("x", p -> 1)));
    }

    @Test
    void failureCarriesTheOriginalException() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        executor.execute(BackgroundTask.of("x", progress -> {
            throw new IOException("disk penuh");
        }).onFailure(seen::set));
        assertInstanceOf(IOException.class, seen.get());
    }
}
