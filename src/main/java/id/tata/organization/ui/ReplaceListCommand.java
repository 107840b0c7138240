package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Makes a team's members (or tasks) a new list — one added, removed, changed or moved — and back on undo. The list
 * the service returns the first time carries the ids given to new items; redo writes that one, so a redone add gets
 * its id again and the commands after it still match.
 */
final class ReplaceListCommand<T> implements UndoableCommand {
    private final BiFunction<Long, List<T>, List<T>> replace;
    private final long teamId;
    private final List<T> before;
    private final List<T> after;
    private final String name;
    private List<T> stored;

    /** @param replace the service call, bound to the session: (team id, wanted list) → the list as stored */
    ReplaceListCommand(BiFunction<Long, List<T>, List<T>> replace, long teamId, List<T> before, List<T> after,
                       String name) {
        this.replace = replace;
        this.teamId = teamId;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        stored = replace.apply(teamId, stored == null ? after : stored);
    }

    @Override
    public void undo() {
        replace.apply(teamId, before);
    }
}
