package id.tata.organization.ui;

import id.tata.organization.service.AgencyService;
import id.tata.shell.Module;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.Session;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.OptionalLong;

/** Perangkat Daerah in the sidebar. */
public final class AgencyModule implements Module {
    private final AgencyService service;

    public AgencyModule(AgencyService service) {
        this.service = service;
    }

    @Override
    public String id() {
        return "agencies";
    }

    @Override
    public String labelKey() {
        return "agency.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.ACCOUNT_BALANCE;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        AgencyViewModel model = new AgencyViewModel(service, context.session(), context.tasks(), context.commands(),
                context.i18n());
        return new AgencyView(model, context);
    }

    @Override
    public OptionalLong count(Session session) {
        return OptionalLong.of(service.list(session).size());
    }
}
