package id.tata.shell;

import id.tata.common.task.BackgroundTask;
import id.tata.common.task.ProgressSink;
import id.tata.common.task.TaskExecutor;
import id.tata.common.task.TaskHandle;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The executor the whole window uses: it hands each task to the real executor and keeps it in a list the status
 * bar shows, with its progress and a cancel button, until it ends.
 */
public final class TaskList implements TaskExecutor {
    private final TaskExecutor delegate;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    // One wrapper for good: a wrapper made per call would be collected and silently stop telling its listeners.
    private final ObservableList<RunningTask> readOnlyRunning = FXCollections.unmodifiableObservableList(running);

    public TaskList(TaskExecutor delegate) {
        this.delegate = delegate;
    }

    public ObservableList<RunningTask> running() {
        return readOnlyRunning;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        RunningTask entry = new RunningTask(task.title());
        onFx(() -> running.add(entry));
        TaskHandle handle = delegate.execute(task.observed(
                work -> sink -> work.call(new Reporting(sink, entry)),
                () -> onFx(() -> running.remove(entry))));
        entry.cancelWith(handle::cancel);
        return handle;
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    /** Progress reaches the list on the FX thread, whatever thread the task reports from. */
    private record Reporting(ProgressSink sink, RunningTask entry) implements ProgressSink {
        @Override
        public void update(long done, long total) {
            sink.update(done, total);
            onFx(() -> entry.progressProperty().set(total > 0 ? (double) done / total : -1));
        }

        @Override
        public void message(String text) {
            sink.message(text);
            onFx(() -> entry.messageProperty().set(text));
        }

        @Override
        public boolean isCancelled() {
            return sink.isCancelled();
        }
    }

    static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
