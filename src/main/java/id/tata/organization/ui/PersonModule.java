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

/** Pegawai in the sidebar. */
public final class PersonModule implements Module {
    private final PersonService people;
    private final PositionService positions;
    private final AgencyService agencies;

    public PersonModule(PersonService people, PositionService positions, AgencyService agencies) {
        this.people = people;
        this.positions = positions;
        this.agencies = agencies;
    }

    @Override
    public String id() {
        return "people";
    }

    @Override
    public String labelKey() {
        return "person.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.GROUP;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        PersonViewModel model = new PersonViewModel(people, positions, agencies, context.session(), context.tasks(),
                context.commands(), context.i18n());
        return new PersonView(model, context);
    }

    @Override
    public OptionalLong count(Session session) {
        return OptionalLong.of(people.list(session).size());
    }
}
