package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.task.BackgroundTask;
import id.tata.shell.ModuleContext;
import id.tata.workspace.user.Permission;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * "Impor…" and "Ekspor ke Excel…" for a view of organization data. A view adds both buttons with
 * {@code transfer.importButton(kind)} and {@code transfer.exportButton(kind)}; they get the fx:ids
 * {@code agencyImport}/{@code agencyExport} or {@code personImport}/{@code personExport}.
 */
public final class OrganizationTransferActions {
    private final ModuleContext context;
    private final Supplier<Window> owner;
    private final Runnable onImported;

    /** @param onImported run after a successful import, e.g. the view's refresh */
    public OrganizationTransferActions(ModuleContext context, Supplier<Window> owner, Runnable onImported) {
        this.context = context;
        this.owner = owner;
        this.onImported = onImported;
    }

    /** Off for roles without ORGANIZATION_EDIT and in a read-only workspace, as the services would refuse. */
    public Button importButton(ImportKind kind) {
        Button button = new Button(text("import.ui.button"), new FontIcon(Material2AL.FILE_UPLOAD));
        button.setId(kind.fxId("Import"));
        button.setDisable(!context.canWrite(Permission.ORGANIZATION_EDIT));
        button.setOnAction(e -> importInto(kind));
        return button;
    }

    public Button exportButton(ImportKind kind) {
        Button button = new Button(text("export.ui.button"), new FontIcon(Material2AL.GET_APP));
        button.setId(kind.fxId("Export"));
        button.setDisable(!context.session().can(Permission.WORKSPACE_READ));
        button.setOnAction(e -> export(kind));
        return button;
    }

    public void importInto(ImportKind kind) {
        ImportWizardModel model = new ImportWizardModel(kind, context.session(), context.tasks(),
                context.commands(), context.i18n());
        new ImportWizard(model, context, onImported).show(owner.get());
    }

    /** Asks where to save, then writes the .xlsx in the background and says how many rows went where. */
    public void export(ImportKind kind) {
        String title = text(kind.key("export.ui", "title"));
        context.dialogs().chooseSaveFile(title, List.of("xlsx")).map(OrganizationTransferActions::withExtension)
                .ifPresent(file -> context.tasks().execute(BackgroundTask.of(text("export.ui.task", title,
                                file.getFileName()), p -> kind.target().export(context.session(), file))
                        .onSuccess(rows -> context.dialogs().showInfo(title, text("export.ui.done", rows, file)))
                        .onFailure(e -> context.dialogs().showError(title, e instanceof TataException te
                                ? te.message(context.i18n()) : text("import.ui.error.unexpected", e)))));
    }

    /** A name typed without ".xlsx" would give a file no spreadsheet program opens by double-click. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file : file.resolveSibling(name + ".xlsx");
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
