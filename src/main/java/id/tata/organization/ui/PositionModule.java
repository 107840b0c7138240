package id.tata.organization.ui;

import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.shell.Module;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.Session;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.OptionalLong;

/** Jabatan in the sidebar. */
public final class PositionModule implements Module {
    private final PositionService positions;
    private final PersonService people;
    private final AgencyService agencies;

    public PositionModule(PositionService positions, PersonService people, AgencyService agencies) {
        this.positions = positions;
        this.people = people;
        this.agencies = agencies;
    }

    @Override
    public String id() {
        return "positions";
    }

    @Override
    public String labelKey() {
        return "position.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.BUSINESS_CENTER;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        PositionViewModel model = new PositionViewModel(positions, people, agencies, context.session(),
                context.tasks(), context.commands(), context.i18n());
        return new PositionView(model, context);
    }

    @Override
    public OptionalLong count(Session session) {
        return OptionalLong.of(positions.list(session).size());
    }
}
