package id.tata.common.task;

/**
 * One line of the shell's task list, frozen at the moment of notification so the UI renders a consistent view;
 * the handle is there for the list's cancel button.
 */
public record TaskStatus(TaskHandle handle, String title, TaskState state, TaskProgress progress) {
    static TaskStatus of(TaskHandle handle) {
        return new TaskStatus(handle, handle.title(), handle.state(), handle.progress());
    }
}
