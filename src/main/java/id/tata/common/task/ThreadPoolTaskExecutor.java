// STAND-IN: replaced by the common branch
package id.tata.common.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs tasks on daemon worker threads; callbacks go to the given executor (Platform::runLater in the app). */
public final class ThreadPoolTaskExecutor implements TaskExecutor {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "tata-task");
        t.setDaemon(true);
        return t;
    });
    private final Executor callbackExecutor;

    public ThreadPoolTaskExecutor(Executor callbackExecutor) {
        this.callbackExecutor = callbackExecutor;
    }

    @Override
    public <T> TaskHandle<T> execute(BackgroundTask<T> task) {
        FutureTaskHandle<T> handle = new FutureTaskHandle<>(callbackExecutor);
        pool.execute(() -> handle.run(task));
        return handle;
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
