package id.tata.shell.settings;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.common.undo.UndoableCommand;
import id.tata.workspace.Session;
import id.tata.workspace.settings.GovernmentKind;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.LetterheadImage;
import id.tata.workspace.settings.NumberPattern;
import id.tata.workspace.settings.PaperProfile;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.settings.Signatory;
import id.tata.workspace.settings.SignerRole;
import id.tata.workspace.user.Permission;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * State and commands of Profil &amp; Dokumen: the government profile, letterhead images, signatories and number
 * patterns. Reads and writes run as background tasks; every change is an undoable command. No javafx.scene here.
 */
public final class SettingsViewModel {
    private final SettingsService service;
    private final Session session;
    private final TaskExecutor tasks;
    private final CommandStack commands;
    private final I18n i18n;
    private final Clock clock;
    private final boolean canEdit;
    private final ProfileForm profile;
    private final Map<LetterheadImage, ObjectProperty<byte[]>> images = new EnumMap<>(LetterheadImage.class);
    private final Map<LetterheadImage, StringProperty> imageErrors = new EnumMap<>(LetterheadImage.class);
    private final ObservableList<Signatory> signatories = FXCollections.observableArrayList();
    private final ObservableList<PatternRow> patterns = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private GovernmentProfile loaded;

    private record Loaded(GovernmentProfile profile, byte[] emblem, byte[] logo, List<Signatory> signatories,
                          List<PatternRow> patterns) {
    }

    public SettingsViewModel(SettingsService service, Session session, TaskExecutor tasks, CommandStack commands,
                             I18n i18n, Clock clock) {
        this.service = service;
        this.session = session;
        this.tasks = tasks;
        this.commands = commands;
        this.i18n = i18n;
        this.clock = clock;
        this.canEdit = session.can(Permission.SETTINGS_EDIT) && !session.workspace().readOnly();
        this.profile = new ProfileForm(i18n);
        for (LetterheadImage which : LetterheadImage.values()) {
            images.put(which, new SimpleObjectProperty<>());
            imageErrors.put(which, new SimpleStringProperty(""));
        }
    }

    /** False for roles without SETTINGS_EDIT and for read-only workspaces; the service refuses them too. */
    public boolean canEdit() {
        return canEdit;
    }

    public ProfileForm profile() {
        return profile;
    }

    /** The stored image bytes (PNG/JPEG), null when there is none. */
    public ObjectProperty<byte[]> image(LetterheadImage which) {
        return images.get(which);
    }

    public StringProperty imageError(LetterheadImage which) {
        return imageErrors.get(which);
    }

    public ObservableList<Signatory> signatories() {
        return signatories;
    }

    public ObservableList<PatternRow> patterns() {
        return patterns;
    }

    /** What the last save did ("Profil disimpan."); cleared when the data changes behind the view's back. */
    public StringProperty status() {
        return status;
    }

    /** The last error of loading or deleting; empty when none. */
    public StringProperty error() {
        return error;
    }

    /** After undo or redo from the menu: a save message would now describe a state that is gone. */
    public void refresh() {
        status.set("");
        reload();
    }

    public void reload() {
        tasks.execute(BackgroundTask.of(text("settings.ui.task.load"), p -> load()).onSuccess(this::apply)
                .onFailure(e -> error.set(message(e))));
    }

    private Loaded load() {
        LocalDate today = LocalDate.now(clock);
        List<PatternRow> rows = service.numberPatterns(session).stream().map(p -> new PatternRow(p,
                service.previewNumber(session, p.documentType(), today),
                service.nextSequence(session, p.documentType(), today.getYear()))).toList();
        return new Loaded(service.profile(session), service.image(session, LetterheadImage.EMBLEM).orElse(null),
                service.image(session, LetterheadImage.LOGO).orElse(null), service.signatories(session), rows);
    }

    private void apply(Loaded data) {
        loaded = data.profile();
        profile.load(data.profile());
        images.get(LetterheadImage.EMBLEM).set(data.emblem());
        images.get(LetterheadImage.LOGO).set(data.logo());
        signatories.setAll(data.signatories());
        patterns.setAll(data.patterns());
        error.set("");
    }

    // ----- profile

    public void saveProfile() {
        if (!canEdit || loaded == null || profile.busy().get()) {
            return;
        }
        profile.clearErrors();
        GovernmentProfile edited = profile.toProfile();
        if (edited.equals(loaded)) {
            status.set(text("settings.ui.profile.unchanged"));
            return;
        }
        profile.busy().set(true);
        status.set("");
        // Undo writes back the profile as it was read, checked or not (a new workspace's blank one is not valid).
        GovernmentProfile before = loaded;
        run(UndoableCommand.of(text("settings.ui.command.profile"), () -> service.saveProfile(session, edited),
                () -> service.restoreProfile(session, before)), () -> {
            profile.busy().set(false);
            status.set(text("settings.ui.profile.saved", edited.officialName()));
        }, e -> {
            profile.busy().set(false);
            profile.showError(e, i18n);
        });
    }

    public String kindLabel(GovernmentKind kind) {
        return text("settings.ui.kind." + kind.name());
    }

    public String paperLabel(PaperProfile paper) {
        return text("settings.ui.paper." + paper.name(), paper.widthMm(), paper.heightMm());
    }

    // ----- letterhead images

    /** Reads the chosen file in the background and stores it; the service checks type and size. */
    public void chooseImage(LetterheadImage which, Path file) {
        if (!canEdit) {
            return;
        }
        imageErrors.get(which).set("");
        byte[] before = images.get(which).get();
        tasks.execute(BackgroundTask.of(text("settings.ui.command.image"), p -> {
            commands.execute(imageCommand(which, before, read(file), text("settings.ui.command.image")));
            return null;
        }).onSuccess(v -> reload()).onFailure(e -> imageErrors.get(which).set(message(e))));
    }

    /** Size checked before reading, so a wrongly picked video is not loaded into memory only to be refused. */
    private static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > SettingsService.MAX_IMAGE_BYTES) {
                throw new TataException(ErrorKind.BAD_INPUT, "settings.error.imageTooLarge", size / 1024,
                        SettingsService.MAX_IMAGE_BYTES / 1024);
            }
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", file, e.getMessage());
        }
    }

    private UndoableCommand imageCommand(LetterheadImage which, byte[] before, byte[] after, String name) {
        return UndoableCommand.of(name, () -> service.setImage(session, which, after),
                () -> service.setImage(session, which, before));
    }

    public void removeImage(LetterheadImage which) {
        byte[] before = images.get(which).get();
        if (!canEdit || before == null) {
            return;
        }
        imageErrors.get(which).set("");
        run(imageCommand(which, before, null, text("settings.ui.command.imageRemove")),
                () -> { }, e -> imageErrors.get(which).set(message(e)));
    }

    // ----- signatories

    public SignatoryForm newSignatoryForm() {
        return new SignatoryForm(null);
    }

    public SignatoryForm editSignatoryForm(Signatory signatory) {
        return new SignatoryForm(signatory);
    }

    public String roleLabel(SignerRole role) {
        return text("settings.ui.signerRole." + role.name());
    }

    public void saveSignatory(SignatoryForm form, Runnable onSaved) {
        if (!canEdit || form.busy().get()) {
            return;
        }
        Signatory edited = form.toSignatory(i18n);
        if (edited == null) {
            return;
        }
        if (edited.equals(form.original())) {
            onSaved.run(); // nothing changed: no empty undo step
            return;
        }
        Signatory previousDefault = !edited.isDefault() ? null : signatories.stream()
                .filter(s -> s.role() == edited.role() && s.isDefault() && !Objects.equals(s.id(), edited.id()))
                .findFirst().orElse(null);
        String name = text(form.original() == null ? "settings.ui.command.signatoryAdd"
                : "settings.ui.command.signatoryEdit");
        form.busy().set(true);
        run(new SaveSignatoryCommand(service, session, form.original(), edited, previousDefault, name), () -> {
            form.busy().set(false);
            onSaved.run();
        }, e -> {
            form.busy().set(false);
            form.showError(e, i18n);
        });
    }

    public void deleteSignatory(Signatory signatory, Consumer<String> onError) {
        if (canEdit) {
            run(new DeleteSignatoryCommand(service, session, signatory, text("settings.ui.command.signatoryDelete")),
                    () -> { }, e -> onError.accept(message(e)));
        }
    }

    // ----- number patterns

    public PatternForm patternForm(PatternRow row) {
        return new PatternForm(row, LocalDate.now(clock), i18n);
    }

    /** "Keputusan Kepala Daerah" for DECREE; a type Tata has no name for shows its code. */
    public String documentTypeLabel(String documentType) {
        String key = "settings.ui.docType." + documentType;
        return i18n.has(key) ? i18n.text(key) : documentType;
    }

    public void savePattern(PatternForm form, Runnable onSaved) {
        NumberPattern edited = form.valid();
        if (!canEdit || form.busy().get() || edited == null) {
            return;
        }
        if (edited.equals(form.row().pattern())) {
            onSaved.run();
            return;
        }
        form.busy().set(true);
        NumberPattern before = form.row().pattern();
        // Counters are not touched: only the pattern goes back on undo.
        run(UndoableCommand.of(text("settings.ui.command.pattern"), () -> service.saveNumberPattern(session, edited),
                () -> service.saveNumberPattern(session, before)), () -> {
            form.busy().set(false);
            onSaved.run();
        }, e -> {
            form.busy().set(false);
            form.error().set(message(e));
        });
    }

    // -----

    private void run(UndoableCommand command, Runnable onDone, Consumer<Throwable> onError) {
        tasks.execute(BackgroundTask.of(command.name(), p -> {
            commands.execute(command);
            return null;
        }).onSuccess(v -> {
            reload();
            onDone.run();
        }).onFailure(onError));
    }

    private String message(Throwable e) {
        return e instanceof TataException te ? te.message(i18n) : text("settings.ui.error.unexpected", e);
    }

    private String text(String key, Object... args) {
        return i18n.text(key, args);
    }
}
