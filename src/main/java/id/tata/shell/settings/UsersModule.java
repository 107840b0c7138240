package id.tata.shell.settings;

import id.tata.shell.Module;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.UserService;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Pengguna in the sidebar: only admins see it, because only they may manage accounts. */
public final class UsersModule implements Module {
    private final UserService service;

    public UsersModule(UserService service) {
        this.service = service;
    }

    @Override
    public String id() {
        return "users";
    }

    @Override
    public String labelKey() {
        return "user.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PEOPLE;
    }

    @Override
    public Permission requiredPermission() {
        return Permission.USER_MANAGE;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        return new UsersView(new UsersViewModel(service, context.session(), context.tasks(), context.i18n()), context);
    }
}
