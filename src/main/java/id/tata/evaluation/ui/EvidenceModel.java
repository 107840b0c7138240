package id.tata.evaluation.ui;

import id.tata.common.task.BackgroundTask;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.EvidenceRef;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The evidence (bukti dukung) of the indicator in the editor: attach files (each checked by the service, one bad file
 * does not stop the others), remove one, open one in its own application from a temporary copy.
 */
final class EvidenceModel {
    private final QuestionnaireModel questionnaire;
    private final EvidenceFiles desktop;
    private final ObservableList<EvidenceRef> files = FXCollections.observableArrayList();

    EvidenceModel(QuestionnaireModel questionnaire, EvidenceFiles desktop) {
        this.questionnaire = questionnaire;
        this.desktop = desktop;
        questionnaire.editor().stored().addListener((obs, old, now) ->
                files.setAll(now == null ? List.of() : now.evidence()));
    }

    ObservableList<EvidenceRef> files() {
        return files;
    }

    EvidenceFiles desktop() {
        return desktop;
    }

    /** What came of attaching several files: the answer afterwards and one message per refused file. */
    private record Attached(Answer answer, List<String> problems) {
    }

    void attach(List<Path> paths) {
        IndicatorRow row = questionnaire.current().get();
        if (row == null || paths.isEmpty()) {
            return;
        }
        var services = questionnaire.services();
        var session = questionnaire.session();
        long id = questionnaire.assessment().id();
        questionnaire.tasks().execute(BackgroundTask.of(questionnaire.i18n().text("evaluation.q.task.attach",
                        paths.size(), row.no()), p -> {
                    var command = new EvidenceCommands.Attach(services, session, id, row.no(), paths,
                            questionnaire.i18n(), questionnaire.i18n().text("evaluation.q.command.attach", row.no()));
                    questionnaire.commands().execute(command);
                    return new Attached(services.answers().answer(session, id, row.no()), command.problems());
                })
                .onSuccess(done -> {
                    questionnaire.updated(row, done.answer(), false);
                    if (done.problems().isEmpty()) {
                        questionnaire.notice().set(questionnaire.i18n().text("evaluation.q.attached",
                                paths.size(), row.no()));
                    } else {
                        questionnaire.error().set(String.join("\n", done.problems()));
                        questionnaire.notice().set("");
                    }
                })
                .onFailure(questionnaire::failed));
    }

    void remove(EvidenceRef file) {
        IndicatorRow row = questionnaire.current().get();
        if (row == null || file == null) {
            return;
        }
        var services = questionnaire.services();
        var session = questionnaire.session();
        long id = questionnaire.assessment().id();
        questionnaire.tasks().execute(BackgroundTask.of(questionnaire.i18n().text("evaluation.q.task.detach",
                        file.originalName()), p -> {
                    questionnaire.commands().execute(new EvidenceCommands.Detach(services, session, id, file,
                            questionnaire.i18n().text("evaluation.q.command.detach", file.originalName())));
                    return services.answers().answer(session, id, row.no());
                })
                .onSuccess(answer -> {
                    questionnaire.updated(row, answer, false);
                    questionnaire.notice().set(questionnaire.i18n().text("evaluation.q.detached",
                            file.originalName()));
                })
                .onFailure(questionnaire::failed));
    }

    /** Checks the hash, copies the file to a temporary folder and hands it to the desktop. */
    void open(EvidenceRef file) {
        if (file == null) {
            return;
        }
        var services = questionnaire.services();
        var session = questionnaire.session();
        questionnaire.tasks().execute(BackgroundTask.of(questionnaire.i18n().text("evaluation.q.task.open",
                        file.originalName()), p -> {
                    Path folder = Files.createTempDirectory("tata-bukti-");
                    Path copy = services.evidence().export(session, file, folder);
                    desktop.open(copy);
                    return copy;
                })
                .onFailure(questionnaire::failed));
    }

    /** "1,2 MB", "830 KB", "12 B". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
        }
        if (bytes >= 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes + " B";
    }
}
