package id.tata.raci.ui;

import id.tata.raci.service.RaciService;
import id.tata.shell.Module;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.OptionalLong;

/** Matriks RACI in the sidebar; everyone who can read the workspace sees it, only ORGANIZATION_EDIT edits. */
public final class RaciModule implements Module {
    private final RaciService service;

    public RaciModule(RaciService service) {
        this.service = service;
    }

    @Override
    public String id() {
        return "raci";
    }

    @Override
    public String labelKey() {
        return "raci.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.GRID_ON;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        RaciViewModel model = new RaciViewModel(service, context.session(), context.tasks(), context.commands(),
                context.i18n(), context.canWrite(Permission.ORGANIZATION_EDIT));
        return new RaciView(model, context, RaciFiles.of(context.dialogs()));
    }

    @Override
    public OptionalLong count(Session session) {
        return OptionalLong.of(service.list(session).size());
    }
}
