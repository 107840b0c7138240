package id.tata.common.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A named unit of long work (import, render, backup) and what to do with its outcome. Immutable: each
 * {@code onXxx} returns a new task, so a ViewModel can keep a template and a test can reuse one safely.
 *
 * <pre>{@code
 * executor.execute(BackgroundTask.of("Menyusun SK Tim Koordinasi", progress -> service.issue(request, progress))
 *         .onSuccess(viewModel::showIssued)
 *         .onFailure(dialogs::showError));
 * }</pre>
 *
 * Callbacks run on the executor's callback executor (the JavaFX thread in the GUI), never on the worker.
 */
public final class BackgroundTask<T> {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** The work itself; it may throw anything, which becomes the task's failure. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressSink progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<? super Throwable> onFailure;
    private final Runnable onCancelled;

    private BackgroundTask(String title, Work<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure, Runnable onCancelled) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
        this.onSuccess = Objects.requireNonNull(onSuccess, "onSuccess");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.onCancelled = Objects.requireNonNull(onCancelled, "onCancelled");
    }

    /** A task with the title shown in the task list (Indonesian, user-visible). */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        // Until someone handles failures, they are logged: a failed background task must never vanish silently.
        return new BackgroundTask<>(title, work, result -> { },
                error -> LOG.warn("Background task '{}' failed", title, error), () -> { });
    }

    /** Replaces the success callback. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        return new BackgroundTask<>(title, work, callback, onFailure, onCancelled);
    }

    /** Replaces the failure callback (the default logs the error). */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        return new BackgroundTask<>(title, work, onSuccess, callback, onCancelled);
    }

    /** Replaces the callback run when the task was cancelled, before or while it ran. */
    public BackgroundTask<T> onCancelled(Runnable callback) {
        return new BackgroundTask<>(title, work, onSuccess, onFailure, callback);
    }

    /**
     * The same task with its work wrapped and an action run first whenever it ends (success, failure or cancel): for
     * code that observes tasks on their way through, such as the shell's task list.
     */
    public BackgroundTask<T> observed(java.util.function.UnaryOperator<Work<T>> wrapWork, Runnable whenDone) {
        return new BackgroundTask<>(title, wrapWork.apply(work),
                result -> {
                    whenDone.run();
                    onSuccess.accept(result);
                },
                error -> {
                    whenDone.run();
                    onFailure.accept(error);
                },
                () -> {
                    whenDone.run();
                    onCancelled.run();
                });
    }

    public String title() {
        return title;
    }

    public T call(ProgressSink progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }
}
