package id.tata.app;

import id.tata.common.l10n.I18n;
import id.tata.common.task.TaskExecutor;
import id.tata.common.task.ThreadPoolTaskExecutor;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.organization.service.TeamService;
import id.tata.organization.ui.AgencyModule;
import id.tata.organization.ui.PersonModule;
import id.tata.organization.ui.PositionModule;
import id.tata.organization.ui.TeamModule;
import id.tata.shell.Module;
import id.tata.shell.Preferences;
import id.tata.shell.ShellContext;
import id.tata.shell.TaskList;
import id.tata.shell.settings.SettingsModule;
import id.tata.shell.settings.UsersModule;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.user.UserService;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import id.tata.catalog.StandardDocuments;
import id.tata.shell.documents.DocumentsModule;
import id.tata.evaluation.ui.EvaluationModule;
import id.tata.raci.service.RaciService;
import id.tata.raci.ui.RaciModule;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.InstrumentService;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The composition root of the desktop application: the one place that decides which implementation of each service
 * the window gets. Tests build one with a synchronous executor and a temporary {@code tata.home}.
 */
public final class AppContext implements ShellContext {
    private final Preferences preferences;
    private final TaskList tasks;
    private final UserService users;
    private final Supplier<Path> sampleWorkspace;
    private final List<Module> modules;
    private I18n i18n;

    public AppContext(Preferences preferences, TaskExecutor executor, UserService users,
                      Supplier<Path> sampleWorkspace, List<Module> modules) {
        this.preferences = Objects.requireNonNull(preferences);
        this.tasks = new TaskList(executor);
        this.users = Objects.requireNonNull(users);
        this.sampleWorkspace = Objects.requireNonNull(sampleWorkspace);
        this.modules = List.copyOf(modules);
        this.i18n = I18n.forLanguage(preferences.language());
    }

    /** The real application: preferences from tata.home, worker threads reporting back on the FX thread. */
    public static AppContext standard() {
        return new AppContext(Preferences.load(), new ThreadPoolTaskExecutor(Platform::runLater), new UserService(),
                SampleWorkspace::freshCopy, standardModules());
    }

    /** The assessor package, turned into a workspace on the assessor's laptop (Berkas → Buka paket asesor…). */
    @Override
    public List<id.tata.shell.WorkspaceSource> workspaceSources() {
        return List.of(new id.tata.evaluation.ui.PackageWorkspaceSource());
    }

    /** The sidebar entries after Beranda, in order. A new feature adds its module here. */
    public static List<Module> standardModules() {
        AgencyService agencies = new AgencyService();
        PersonService people = new PersonService();
        PositionService positions = new PositionService();
        return List.of(new AgencyModule(agencies),
                new PersonModule(people, positions, agencies),
                new PositionModule(positions, people, agencies),
                new TeamModule(new TeamService(), positions, people, agencies),
                new RaciModule(new RaciService()),
                new EvaluationModule(new AssessmentService(new InstrumentService())),
                new DocumentsModule(() -> StandardDocuments.service(Clock.systemDefaultZone()),
                        DocumentsModule.standardFolder()),
                new SettingsModule(new SettingsService()), new UsersModule(new UserService()));
    }

    @Override
    public Preferences preferences() {
        return preferences;
    }

    @Override
    public TaskList tasks() {
        return tasks;
    }

    @Override
    public UserService users() {
        return users;
    }

    /** A new store each time: the number of backups to keep is a preference the user may have just changed. */
    @Override
    public WorkspaceStore workspaceStore() {
        return new WorkspaceStore(preferences.backupsKept());
    }

    @Override
    public Path freshSampleWorkspace() {
        return sampleWorkspace.get();
    }

    @Override
    public List<Module> modules() {
        return modules;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public void language(String tag) {
        preferences.language(tag);
        this.i18n = I18n.forLanguage(tag);
    }

    public void shutdown() {
        tasks.shutdown();
    }
}
