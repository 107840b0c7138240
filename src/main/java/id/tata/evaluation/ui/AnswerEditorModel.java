package id.tata.evaluation.ui;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.Indicator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.util.Objects;

/**
 * The fields of the answer being edited, compared with the answer as stored so that the screen knows whether there
 * is anything to save (and saves it before moving to another indicator).
 */
final class AnswerEditorModel {
    private static final java.util.regex.Pattern PUBLIC_SERVICE = java.util.regex.Pattern.compile(
            "\\bLayanan Publik\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> stored = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> selfLevel = new SimpleObjectProperty<>();
    private final StringProperty explanation = new SimpleStringProperty("");
    private final ObjectProperty<Integer> targetLevel = new SimpleObjectProperty<>();
    private final StringProperty publicService = new SimpleStringProperty("");
    private final ObjectProperty<Integer> verifiedLevel = new SimpleObjectProperty<>();
    private final StringProperty verifierNote = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    AnswerEditorModel() {
        for (ObservableValue<?> field : new ObservableValue<?>[]{selfLevel, explanation, targetLevel, publicService,
                verifiedLevel, verifierNote, stored}) {
            field.addListener((obs, old, now) -> dirty.set(editChanged() || verifiedChanged()));
        }
    }

    /** Shows the indicator's stored answer, dropping whatever was typed. */
    void load(Indicator shown, Answer answer) {
        indicator.set(shown);
        stored.set(answer);
        selfLevel.set(answer == null ? null : answer.selfLevel());
        explanation.set(answer == null ? "" : answer.explanation());
        targetLevel.set(answer == null ? null : answer.targetLevel());
        publicService.set(answer == null ? "" : answer.publicService());
        verifiedLevel.set(answer == null ? null : answer.verifiedLevel());
        verifierNote.set(answer == null ? "" : answer.verifierNote());
    }

    /** The stored answer changed in a way the fields do not show (evidence, status): keep what is typed. */
    void rebase(Answer answer) {
        if (dirty.get()) {
            stored.set(answer);
        } else {
            load(indicator.get(), answer);
        }
    }

    AnswerEdit edit() {
        return new AnswerEdit(selfLevel.get(), explanation.get(), targetLevel.get(), publicService.get());
    }

    boolean editChanged() {
        return stored.get() != null && !AnswerEdit.of(stored.get()).equals(edit());
    }

    boolean verifiedChanged() {
        Answer a = stored.get();
        return a != null && (!Objects.equals(a.verifiedLevel(), verifiedLevel.get())
                || !a.verifierNote().equals(verifierNote.get().strip()));
    }

    /** "Layanan Publik Sektor 1–3" asks for the name of the chosen public service; other indicators do not. */
    static boolean asksPublicService(Indicator indicator) {
        // a word match: "Layanan Pengaduan Pelayanan Publik" (no. 42) is not one of them
        return indicator != null && PUBLIC_SERVICE.matcher(indicator.name()).find();
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    ObjectProperty<Indicator> indicator() {
        return indicator;
    }

    ObjectProperty<Answer> stored() {
        return stored;
    }

    ObjectProperty<Integer> selfLevel() {
        return selfLevel;
    }

    StringProperty explanation() {
        return explanation;
    }

    ObjectProperty<Integer> targetLevel() {
        return targetLevel;
    }

    StringProperty publicService() {
        return publicService;
    }

    ObjectProperty<Integer> verifiedLevel() {
        return verifiedLevel;
    }

    StringProperty verifierNote() {
        return verifierNote;
    }
}
