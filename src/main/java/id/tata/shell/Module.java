package id.tata.shell;

import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;
import org.kordamp.ikonli.Ikon;

import java.util.OptionalLong;

/**
 * A feature's entry in the navigation sidebar. Features implement this and are listed in the composition root
 * ({@code AppContext}), so adding a feature never means editing the shell.
 */
public interface Module {
    /** Stable, camel-case id; the sidebar button gets fx:id {@code nav} + Id (e.g. "agencies" → navAgencies). */
    String id();

    /** Bundle key of the sidebar label. */
    String labelKey();

    Ikon icon();

    /** The sidebar hides the entry from users without this permission. */
    default Permission requiredPermission() {
        return Permission.WORKSPACE_READ;
    }

    /** Called on the FX thread each time the user navigates here or the language changes. */
    ModuleView createView(ModuleContext context);

    /**
     * How many records the feature holds, for the figures on Beranda; called on a worker thread, may read the
     * workspace. Empty when the feature has nothing to count.
     */
    default OptionalLong count(Session session) {
        return OptionalLong.empty();
    }
}
