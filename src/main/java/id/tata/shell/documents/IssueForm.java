package id.tata.shell.documents;

import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.DocumentType;
import id.tata.documents.service.IssueRequest;
import id.tata.documents.service.NumberChoice;
import id.tata.workspace.settings.PaperProfile;
import id.tata.workspace.settings.Signatory;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The choices of the "Buat dokumen" dialog, as properties the dialog binds to. */
public final class IssueForm {
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>();
    private final Map<DocumentFormat, BooleanProperty> formats = new EnumMap<>(DocumentFormat.class);
    private final ObjectProperty<PaperProfile> paper = new SimpleObjectProperty<>();
    private final ObjectProperty<Signatory> signatory = new SimpleObjectProperty<>();
    private final ObjectProperty<NumberChoice> numberChoice = new SimpleObjectProperty<>(NumberChoice.BLANK);
    private final StringProperty manualNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty outputDir = new SimpleStringProperty("");
    private final StringProperty outline = new SimpleStringProperty("");
    private final StringProperty nextNumber = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Long supersedes;
    private final StringProperty note = new SimpleStringProperty("");
    private final javafx.collections.ObservableMap<String, String> options =
            javafx.collections.FXCollections.observableHashMap();

    public IssueForm(Long supersedes) {
        this.supersedes = supersedes;
        for (DocumentFormat format : DocumentFormat.values()) {
            formats.put(format, new SimpleBooleanProperty());
        }
        type.addListener((obs, old, now) -> {
            options.clear();
            if (now != null) {
                formats.forEach((f, p) -> p.set(now.defaultFormats().contains(f)));
            }
        });
    }

    public ObjectProperty<DocumentType> type() {
        return type;
    }

    public BooleanProperty format(DocumentFormat format) {
        return formats.get(format);
    }

    public ObjectProperty<PaperProfile> paper() {
        return paper;
    }

    public ObjectProperty<Signatory> signatory() {
        return signatory;
    }

    public ObjectProperty<NumberChoice> numberChoice() {
        return numberChoice;
    }

    public StringProperty manualNumber() {
        return manualNumber;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty outputDir() {
        return outputDir;
    }

    public StringProperty outline() {
        return outline;
    }

    public StringProperty nextNumber() {
        return nextNumber;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty note() {
        return note;
    }

    /** The type's own choices (e.g. "team" = id), filled by the dialog. */
    public javafx.collections.ObservableMap<String, String> options() {
        return options;
    }

    public Long supersedes() {
        return supersedes;
    }

    public Set<DocumentFormat> chosenFormats() {
        Set<DocumentFormat> chosen = EnumSet.noneOf(DocumentFormat.class);
        formats.forEach((f, p) -> {
            if (p.get()) {
                chosen.add(f);
            }
        });
        return chosen;
    }

    /** The request as the service takes it; a date is always sent when the user picked one. */
    public IssueRequest request() {
        return new IssueRequest(type.get().shortName(), chosenFormats(), paper.get(),
                signatory.get() == null ? null : signatory.get().id(), numberChoice.get(), manualNumber.get(),
                date.get(), Path.of(outputDir.get().strip()), supersedes, note.get(), Map.copyOf(options));
    }
}
