package id.tata.raci.service;

import id.tata.organization.domain.TeamRole;
import id.tata.organization.domain.TeamTemplate;
import id.tata.organization.service.TeamTemplates;
import id.tata.raci.domain.PartyKind;
import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.domain.RaciTask;
import id.tata.raci.domain.RaciTemplate;
import id.tata.raci.domain.StandardLetters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matrices to start from: those written out in raci-templates.txt (Pekalongan's Lampiran II, the pranata
 * komputer starter, the 47-indicator matrix) and one per Tim Koordinasi team template (Singkawang, Madiun), whose
 * tasks and members come from the team templates and whose letters are suggested by each member's role.
 */
public final class RaciTemplates {
    public static final String RESOURCE = "/id/tata/raci/raci-templates.txt";
    private static final List<String> TEAM_TEMPLATES = List.of("singkawang-2021-koordinasi",
            "madiun-2021-koordinasi");
    /** The suggested letter of a team member for every task of the team. */
    private static final Map<TeamRole, String> ROLE_LETTER = Map.ofEntries(
            Map.entry(TeamRole.PENGARAH, "I"), Map.entry(TeamRole.WAKIL_PENGARAH, "I"),
            Map.entry(TeamRole.PENANGGUNG_JAWAB, "I"), Map.entry(TeamRole.KETUA, "A"),
            Map.entry(TeamRole.WAKIL_KETUA, "C"), Map.entry(TeamRole.KOORDINATOR, "R"),
            Map.entry(TeamRole.SEKRETARIS, "R"), Map.entry(TeamRole.SUPERVISOR, "C"),
            Map.entry(TeamRole.OPERATOR, "R"), Map.entry(TeamRole.ASESOR, "R"), Map.entry(TeamRole.ANGGOTA, "R"));

    private final List<RaciTemplate> all;

    private RaciTemplates(List<RaciTemplate> all) {
        this.all = List.copyOf(all);
    }

    public static RaciTemplates standard() {
        List<RaciTemplate> all = new ArrayList<>(parse(resourceText()));
        TeamTemplates teams = TeamTemplates.standard();
        for (String code : TEAM_TEMPLATES) {
            teams.find(code).ifPresent(t -> all.add(fromTeam(t)));
        }
        return new RaciTemplates(all);
    }

    public List<RaciTemplate> all() {
        return all;
    }

    public Optional<RaciTemplate> find(String code) {
        return all.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The tasks of the team × its members, each member with the letter of its role. */
    static RaciTemplate fromTeam(TeamTemplate team) {
        List<RaciParty> parties = team.members().stream()
                .map(m -> new RaciParty(m.title(), PartyKind.POSITION, null)).toList();
        List<RaciCell> row = team.members().stream()
                .map(m -> new RaciCell(List.of(ROLE_LETTER.getOrDefault(m.role(), "C")))).toList();
        List<RaciTask> tasks = team.tasks().stream().map(RaciTask::of).toList();
        String source = team.legalBasis() + " (tugas dan anggota); huruf: saran awal Tata menurut kedudukan dalam tim"
                + " — sesuaikan";
        RaciMatrix m = new RaciMatrix(null, "MATRIKS PEMBAGIAN TUGAS (RACI) " + team.name().toUpperCase(),
                team.purpose(), source, StandardLetters.RACI, parties, tasks,
                tasks.stream().map(t -> row).toList());
        return new RaciTemplate(team.code().replace("-koordinasi", "-tim-koordinasi"), m);
    }

    static List<RaciTemplate> parse(String text) {
        List<RaciTemplate> out = new ArrayList<>();
        Builder b = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (b != null) {
                    out.add(b.build());
                }
                b = new Builder(line.substring(1, line.length() - 1));
                continue;
            }
            int eq = line.indexOf('=');
            if (b == null || eq < 0) {
                throw new IllegalStateException("raci-templates.txt: cannot read \"" + line + "\"");
            }
            b.accept(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        if (b != null) {
            out.add(b.build());
        }
        return out;
    }

    private static String resourceText() {
        try (InputStream in = RaciTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects one template's lines. */
    private static final class Builder {
        private final String code;
        private String title = "";
        private String purpose = "";
        private String source = "";
        private String group = "";
        private final List<RaciParty> parties = new ArrayList<>();
        private final List<RaciTask> tasks = new ArrayList<>();
        private final List<List<RaciCell>> cells = new ArrayList<>();

        Builder(String code) {
            this.code = code;
        }

        void accept(String key, String value) {
            switch (key) {
                case "title" -> title = value;
                case "purpose" -> purpose = value;
                case "source" -> source = value;
                case "group" -> group = value;
                case "party" -> {
                    String[] p = value.split("\\|", 2);
                    parties.add(new RaciParty(p[1].strip(), PartyKind.valueOf(p[0].strip()), null));
                }
                case "task" -> task(value);
                default -> throw new IllegalStateException("raci-templates.txt [" + code + "]: unknown key " + key);
            }
        }

        private void task(String value) {
            String[] parts = value.split("\\|\\|", 2);
            tasks.add(new RaciTask(group, parts[0].strip()));
            String[] letters = parts.length > 1 ? parts[1].split("\\|", -1) : new String[0];
            if (letters.length != parties.size()) {
                throw new IllegalStateException("raci-templates.txt [" + code + "]: task " + tasks.size() + " has "
                        + letters.length + " cells for " + parties.size() + " parties");
            }
            List<String> codes = StandardLetters.RACI.stream().map(l -> l.code()).toList();
            cells.add(Arrays.stream(letters).map(l -> RaciCell.parse(l, codes).orElseThrow(() ->
                    new IllegalStateException("raci-templates.txt [" + code + "]: bad cell \"" + l + "\""))).toList());
        }

        RaciTemplate build() {
            return new RaciTemplate(code, new RaciMatrix(null, title, purpose, source, StandardLetters.RACI,
                    parties, tasks, cells));
        }
    }
}
