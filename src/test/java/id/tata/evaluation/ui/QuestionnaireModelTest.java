package id.tata.evaluation.ui;

import id.tata.app.SampleWorkspace;
import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The questionnaire without a screen: filters, moving with autosave, assigning, and what an operator may then do. */
class QuestionnaireModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    /** SPBE-2020 for 2026, carried from the final 2025 sample: editable, with levels, explanations and recheck marks. */
    private long carried;
    private final EvaluationServices services = EvaluationServices.of(new AssessmentService(new InstrumentService()));

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("kota.tata");
        Files.move(SampleWorkspace.freshCopy(), file, StandardCopyOption.REPLACE_EXISTING);
        workspace = new WorkspaceStore().open(file, false);
        carried = services.assessments().carryForward(login("supervisor"), 1, 2026).id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Session login(String user) {
        return new UserService().login(workspace, user, (user + "123").toCharArray());
    }

    private QuestionnaireModel model(String user) {
        return model(user, carried);
    }

    private QuestionnaireModel model(String user, long assessment) {
        Session session = login(user);
        QuestionnaireModel model = new QuestionnaireModel(services, session, new SynchronousTaskExecutor(),
                new CommandStack(), I18n.indonesian(), true);
        model.show(services.assessments().find(session, assessment).orElseThrow());
        return model;
    }

    @Test
    void filtersByDomainAspectAndStatus() {
        QuestionnaireModel model = model("supervisor");
        assertEquals(47, model.shown().size());
        model.domainFilter().set(model.domains().get(1));
        int inDomain = model.shown().size();
        assertTrue(inDomain > 0 && inDomain < 47, "domain 1 only: " + inDomain);
        assertTrue(model.shown().stream().allMatch(r -> r.domain() == 1));
        assertTrue(model.aspects().stream().skip(1).allMatch(a -> a.domain() == 1), "aspects of that domain");
        model.aspectFilter().set(model.aspects().get(1));
        assertTrue(model.shown().stream().allMatch(r -> r.indicator().aspect() == model.aspects().get(1).no()));
        model.domainFilter().set(null);
        model.statusFilter().set(AnswerStatus.SUBMITTED);
        assertEquals(0, model.shown().size());
        model.statusFilter().set(AnswerStatus.DRAFT);
        assertEquals(47, model.shown().size(), "carried answers start as drafts");
    }

    @Test
    void theFinalSampleIsShownButChangesForNobody() {
        QuestionnaireModel model = model("supervisor", 1);
        assertTrue(model.assessment().isFinal());
        model.statusFilter().set(AnswerStatus.APPROVED);
        assertEquals(47, model.shown().size(), "every 2025 answer was approved before finalising");
        Access access = model.access().get();
        assertFalse(access.edit() || access.submit() || access.approve() || access.giveBack() || access.verify(),
                String.valueOf(access));
        assertTrue(access.approver(), "the supervisor still is one; the assessment is what is frozen");
    }

    @Test
    void movingOnSavesWhatWasTypedAndStopsAtTheEnds() {
        QuestionnaireModel model = model("operator");
        model.editor().explanation().set("Sudah ada Perwal.");
        model.move(1);
        assertEquals(2, model.current().get().no());
        assertEquals("Sudah ada Perwal.", services.answers().answer(session(model), carried, 1).explanation());
        model.move(-1);
        model.move(-1);
        assertEquals(1, model.current().get().no(), "nothing before the first");
        assertEquals("Sudah ada Perwal.", model.editor().explanation().get());
    }

    @Test
    void assignedIndicatorsCanBeFilteredAndOnlyTheAssigneeEditsThem() {
        QuestionnaireModel supervisor = model("supervisor");
        supervisor.assign(List.copyOf(supervisor.shown().subList(0, 3)), "analis");
        assertEquals(List.of("analis"), supervisor.assignees().stream().skip(1).toList());
        supervisor.assigneeFilter().set("analis");
        assertEquals(List.of(1, 2, 3), supervisor.shown().stream().map(IndicatorRow::no).toList());

        QuestionnaireModel operator = model("operator");
        assertFalse(operator.access().get().edit(), "indicator 1 is analis's now");
        operator.choose(operator.shown().get(3));
        assertTrue(operator.access().get().edit(), "indicator 4 is nobody's");
    }

    @Test
    void aReturnedAnswerCarriesItsNoteAndTheHistoryShowsEachStep() {
        QuestionnaireModel model = model("supervisor");
        model.submit();
        assertTrue(model.access().get().giveBack());
        model.giveBack("Lampirkan Perwal yang sudah diundangkan.");
        assertEquals(AnswerStatus.RETURNED, model.current().get().answer().status());
        assertEquals("Lampirkan Perwal yang sudah diundangkan.", model.editor().stored().get().reviewNote());
        assertEquals(List.of(AnswerStatus.SUBMITTED, AnswerStatus.RETURNED),
                model.history().stream().map(t -> t.to()).toList());
        assertTrue(model.access().get().edit(), "returned: the operator's to fix again");
        assertEquals("Indikator 1 kini berstatus Dikembalikan.", model.notice().get());
    }

    private static Session session(QuestionnaireModel model) {
        return model.session();
    }
}
