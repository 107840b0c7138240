// STAND-IN: replaced by the common branch
package id.tata.common.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A handle over a future: callbacks registered after the task finished still run, so a synchronous executor and a
 * thread pool behave the same to their callers.
 */
final class FutureTaskHandle<T> implements TaskHandle<T>, ProgressSink {
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Executor callbacks;

    FutureTaskHandle(Executor callbacks) {
        this.callbacks = callbacks;
    }

    void run(BackgroundTask<T> task) {
        try {
            future.complete(task.call(this));
        } catch (Exception | Error e) {
            future.completeExceptionally(e);
        }
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void progress(double done, double total) {
    }

    @Override
    public void message(String text) {
    }

    @Override
    public TaskHandle<T> onSuccess(Consumer<? super T> action) {
        future.thenAcceptAsync(action, callbacks);
        return this;
    }

    @Override
    public TaskHandle<T> onFailure(Consumer<? super Throwable> action) {
        future.whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                action.accept(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        }, callbacks);
        return this;
    }
}
