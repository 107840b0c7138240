package id.tata.evaluation.domain;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong (ERROR: the instrument cannot be used) or doubtful (WARNING: usable, but tell the user) in an
 * instrument, where it is ({@code path} in the JSON shape, e.g. "indicators[12].weight") and why, as a message key
 * with arguments: the domain names the problem, the service and CLI put it into the user's language.
 */
public record InstrumentProblem(Severity severity, String path, String key, List<Object> args) {
    public enum Severity { ERROR, WARNING }

    public InstrumentProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static InstrumentProblem error(String path, String key, Object... args) {
        return new InstrumentProblem(Severity.ERROR, path, key, List.of(args));
    }

    public static InstrumentProblem warning(String path, String key, Object... args) {
        return new InstrumentProblem(Severity.WARNING, path, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public static boolean anyError(List<InstrumentProblem> problems) {
        return problems.stream().anyMatch(InstrumentProblem::isError);
    }
}
