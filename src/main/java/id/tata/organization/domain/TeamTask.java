package id.tata.organization.domain;

/**
 * One task of a team, in the words of its decree, without the list label or the closing "; dan" — the decree
 * composer adds those, as they depend on the place in the list. A null id is a new task.
 */
public record TeamTask(Long id, String text) {
    public TeamTask {
        text = Text.required(text, "team.error.taskRequired");
    }

    public static TeamTask of(String text) {
        return new TeamTask(null, text);
    }

    public TeamTask withId(Long newId) {
        return new TeamTask(newId, text);
    }
}
