// STAND-IN: replaced by the common branch
package id.tata.common.task;

import java.util.function.Consumer;

/** A task that was handed to an executor. Callbacks run on the executor's callback thread (the FX thread). */
public interface TaskHandle<T> {
    void cancel();

    boolean isCancelled();

    TaskHandle<T> onSuccess(Consumer<? super T> action);

    TaskHandle<T> onFailure(Consumer<? super Throwable> action);
}
