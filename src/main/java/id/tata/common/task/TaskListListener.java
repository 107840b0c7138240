package id.tata.common.task;

import java.util.List;

/** Told the tasks that are pending or running, whenever one starts, progresses or ends. */
@FunctionalInterface
public interface TaskListListener {
    void tasksChanged(List<TaskStatus> activeTasks);
}
