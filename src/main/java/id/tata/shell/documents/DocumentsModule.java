package id.tata.shell.documents;

import id.tata.documents.register.RegisterService;
import id.tata.documents.service.DocumentService;
import id.tata.shell.Module;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.Session;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.OptionalLong;

/** Dokumen Resmi in the sidebar. */
public final class DocumentsModule implements Module {
    private final Supplier<DocumentService> documents;
    private final Path defaultFolder;
    private DocumentService service;

    /** {@code documents} is asked for on first use: the renderers pull in POI and OpenPDF, not needed at start-up. */
    public DocumentsModule(Supplier<DocumentService> documents, Path defaultFolder) {
        this.documents = documents;
        this.defaultFolder = defaultFolder;
    }

    private synchronized DocumentService documents() {
        if (service == null) {
            service = documents.get();
        }
        return service;
    }

    /** Where issued files go unless the user types another folder: ~/Dokumen Tata. */
    public static Path standardFolder() {
        return Path.of(System.getProperty("user.home"), "Dokumen Tata");
    }

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public String labelKey() {
        return "document.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.DESCRIPTION;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        return new DocumentsView(new DocumentsViewModel(documents(), context.session(), context.tasks(), context.i18n(),
                defaultFolder), context);
    }

    @Override
    public OptionalLong count(Session session) {
        return OptionalLong.of(new RegisterService().list(session).size());
    }
}
