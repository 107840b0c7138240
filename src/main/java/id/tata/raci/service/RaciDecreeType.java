package id.tata.raci.service;

import id.tata.documents.model.Document;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.ComposeContext;
import id.tata.documents.service.DocumentChoice;
import id.tata.documents.service.DocumentType;
import id.tata.organization.domain.Team;
import id.tata.organization.report.TeamDecreeComposer;
import id.tata.organization.service.TeamDecreeType;
import id.tata.organization.service.TeamService;
import id.tata.raci.report.RaciDecreeComposer;
import id.tata.workspace.Session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "keputusan-koordinasi-spbe": the Keputusan tentang Koordinasi SPBE that forms the Tim Koordinasi SPBE (Lampiran I,
 * as "keputusan-tim-koordinasi" prints it) and sets the division of tasks in a RACI matrix (Lampiran II). Options
 * "team" (a coordination team's id, as for the team decree) and "matrix" (a matrix id); without them the coordination
 * team with the latest term and the first matrix. The team is found and read by the team decree's own type, so both
 * decrees print the same team the same way.
 */
public final class RaciDecreeType implements DocumentType {
    public static final String SHORT_NAME = "keputusan-koordinasi-spbe";
    private final TeamDecreeType teamDecree;
    private final RaciMatrixChoice matrices;

    public RaciDecreeType(TeamService teams, RaciService matrices) {
        this.teamDecree = TeamDecreeType.coordination(teams);
        this.matrices = new RaciMatrixChoice(matrices);
    }

    @Override
    public String shortName() {
        return SHORT_NAME;
    }

    @Override
    public String titleKey() {
        return "document.type.raciCoordinationDecree";
    }

    @Override
    public Set<DocumentFormat> formats() {
        return EnumSet.of(DocumentFormat.DOCX, DocumentFormat.PDF);
    }

    @Override
    public Set<DocumentFormat> defaultFormats() {
        return formats();
    }

    @Override
    public Optional<String> numberType() {
        return Optional.of("DECREE");
    }

    /** The coordination teams (as the team decree offers them), then the matrices. */
    @Override
    public List<DocumentChoice> choices(Session session) {
        List<DocumentChoice> choices = new ArrayList<>(teamDecree.choices(session));
        choices.add(matrices.choice(session));
        return choices;
    }

    @Override
    public String title(Session session, ComposeContext context) {
        Team team = teamDecree.team(session, context);
        return "Keputusan " + context.frame().issuerOffice() + " tentang "
                + RaciDecreeComposer.subject(context.governmentName(), team.periodStartYear());
    }

    @Override
    public Document compose(Session session, ComposeContext context) {
        Team team = teamDecree.team(session, context);
        int year = team.periodStartYear();
        String government = context.governmentName();
        return RaciDecreeComposer.compose(teamDecree.data(session, team), matrices.chosen(session, context),
                context.frame(), context.texts(Map.of(
                        "tim", TeamDecreeComposer.fullName(team.name(), government),
                        "tahun", String.valueOf(year),
                        "perihal", RaciDecreeComposer.subject(government, year))),
                government, year);
    }
}
