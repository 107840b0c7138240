package id.tata.shell.settings;

import id.tata.shell.Module;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.settings.SettingsService;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;

/** Profil &amp; Dokumen in the sidebar: everyone may look (documents print it), SETTINGS_EDIT may change it. */
public final class SettingsModule implements Module {
    private final SettingsService service;

    public SettingsModule(SettingsService service) {
        this.service = service;
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String labelKey() {
        return "settings.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.SETTINGS;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        SettingsViewModel model = new SettingsViewModel(service, context.session(), context.tasks(),
                context.commands(), context.i18n(), Clock.systemDefaultZone());
        return new SettingsView(model, context);
    }
}
