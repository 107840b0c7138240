package id.tata.organization.ui;

import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.organization.service.TeamService;
import id.tata.shell.Module;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.Session;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.OptionalLong;

/** Tim in the sidebar: the teams formed by decree, with their members and tasks. */
public final class TeamModule implements Module {
    private final TeamService teams;
    private final PositionService positions;
    private final PersonService people;
    private final AgencyService agencies;

    public TeamModule(TeamService teams, PositionService positions, PersonService people, AgencyService agencies) {
        this.teams = teams;
        this.positions = positions;
        this.people = people;
        this.agencies = agencies;
    }

    @Override
    public String id() {
        return "teams";
    }

    @Override
    public String labelKey() {
        return "team.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.SUPERVISED_USER_CIRCLE;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        TeamViewModel model = new TeamViewModel(teams, positions, people, agencies, context.session(),
                context.tasks(), context.commands(), context.i18n());
        return new TeamView(model, context);
    }

    @Override
    public OptionalLong count(Session session) {
        return OptionalLong.of(teams.list(session).size());
    }
}
