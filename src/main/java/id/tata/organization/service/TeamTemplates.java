package id.tata.organization.service;

import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamRole;
import id.tata.organization.domain.TeamTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The teams the regional SPBE regulations compose, read from {@code id/tata/organization/team-templates.txt}. That
 * file is plain text so that whoever checks a template against its regulation can read it without Java: a
 * {@code [code]} line starts a template, then {@code key = value} lines, one {@code member = ROLE | description} or
 * {@code task = text} line per member and task, in order.
 */
public final class TeamTemplates {
    public static final String RESOURCE = "/id/tata/organization/team-templates.txt";

    private final List<TeamTemplate> templates;

    private TeamTemplates(List<TeamTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The templates shipped with Tata; read once. */
    public static TeamTemplates standard() {
        return Standard.TEMPLATES;
    }

    public List<TeamTemplate> all() {
        return templates;
    }

    /** Codes are compared without regard to case, as people type them on the command line. */
    public Optional<TeamTemplate> find(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return templates.stream().filter(t -> t.code().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The file's bytes, for the sample workspace's cache key: a changed template rebuilds the sample. */
    public static byte[] resourceBytes() {
        try (InputStream in = TeamTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("team templates missing from the build: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads templates in the file's format; a malformed line fails with its number, as it is a fault of the build. */
    public static TeamTemplates parse(String text) {
        List<TeamTemplate> parsed = new ArrayList<>();
        Draft draft = null;
        int number = 0;
        for (String raw : text.split("\\R")) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("[") && line.endsWith("]")) {
                    addTo(parsed, draft);
                    draft = new Draft(line.substring(1, line.length() - 1).strip());
                } else if (draft == null) {
                    throw new IllegalArgumentException("a template starts with [code]");
                } else {
                    draft.take(line);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("team templates, line " + number + ": " + e.getMessage(), e);
            }
        }
        addTo(parsed, draft);
        return new TeamTemplates(parsed);
    }

    private static void addTo(List<TeamTemplate> parsed, Draft draft) {
        if (draft != null) {
            parsed.add(draft.build());
        }
    }

    /** One template while its lines are read. */
    private static final class Draft {
        private final String code;
        private TeamKind kind;
        private String name;
        private String purpose = "";
        private String legalBasis;
        private final List<TeamTemplate.Member> members = new ArrayList<>();
        private final List<String> tasks = new ArrayList<>();

        Draft(String code) {
            this.code = code;
        }

        void take(String line) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key = value");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "kind" -> kind = TeamKind.valueOf(value);
                case "name" -> name = value;
                case "purpose" -> purpose = value;
                case "legalBasis" -> legalBasis = value;
                case "member" -> members.add(member(value));
                case "task" -> tasks.add(value);
                default -> throw new IllegalArgumentException("unknown key " + key);
            }
        }

        private static TeamTemplate.Member member(String value) {
            int bar = value.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("expected member = ROLE | description");
            }
            return new TeamTemplate.Member(TeamRole.valueOf(value.substring(0, bar).strip()),
                    value.substring(bar + 1).strip());
        }

        TeamTemplate build() {
            return new TeamTemplate(code, kind, name, purpose, legalBasis, members, tasks);
        }
    }

    /** Loaded on first use, not at class loading of the service. */
    private static final class Standard {
        static final TeamTemplates TEMPLATES = parse(new String(resourceBytes(), StandardCharsets.UTF_8));
    }
}
