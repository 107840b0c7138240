package id.tata.evaluation.ui;

import id.tata.app.SampleWorkspace;
import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.workspace.Session;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard figures of the sample: indexes as the score service computes them, progress, bars, the years. */
class DashboardModelTest {
    @TempDir
    Path dir;
    private Session session;
    private EvaluationServices services;
    private DashboardModel model;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("kota.tata");
        Files.move(SampleWorkspace.freshCopy(), file, StandardCopyOption.REPLACE_EXISTING);
        session = new UserService().login(new WorkspaceStore().open(file, false), "supervisor",
                "supervisor123".toCharArray());
        services = EvaluationServices.of(new AssessmentService(new InstrumentService()));
        model = new DashboardModel(services, session, new SynchronousTaskExecutor(), I18n.indonesian());
    }

    @AfterEach
    void close() {
        session.workspace().close();
    }

    @Test
    void theFinalSampleShowsBothIndexesDomainBarsAndEveryApproval() {
        Assessment sample = services.assessments().find(session, 1).orElseThrow();
        model.show(sample, services.assessments().list(session));
        var scores = services.assessments().score(session, 1);
        assertEquals(EvaluationViewModel.decimal(scores.self().shown()), model.selfIndex().get());
        assertEquals(scores.verified().predicate(), model.verifiedPredicate().get());
        assertEquals(4, model.bars().size(), "the four domains of SPBE-2020");
        assertEquals(scores.self().domains().get(1).shown(), model.bars().get(1).self());
        assertEquals("47 dari 47 disetujui", model.progressText().get(), "approved, then finalised");
        assertEquals(1.0, model.progress().get());
    }

    @Test
    void theTrendHasEveryYearOfTheInstrumentAndCarriedLevelsWithoutVerifiedOnes() {
        Assessment next = services.assessments().carryForward(session, 1, 2026);
        // the sample's PEMDI 2026 is of another instrument: not in the trend
        assertTrue(services.assessments().list(session).stream()
                .anyMatch(a -> a.instrumentCode().equals("PEMDI-2026")));
        model.show(next, services.assessments().list(session));
        assertEquals(2, model.years().size());
        DashboardModel.Year last = model.years().get(1);
        assertEquals(2026, last.year());
        assertEquals(model.years().get(0).self(), last.self(), "the levels were carried");
        assertNull(last.verified(), "last year's official result is not this year's");
        assertEquals("–", model.verifiedIndex().get());
        assertTrue(model.verifiedPredicate().get().startsWith("47 indikator belum diisi"),
                model.verifiedPredicate().get());
    }

    @Test
    void anInstrumentWithoutDomainsIsChartedByAspect() {
        Assessment pemdi = services.assessments().find(session, 2).orElseThrow();
        assertEquals("PEMDI-2026", pemdi.instrumentCode());
        model.show(pemdi, services.assessments().list(session));
        assertTrue(model.byAspect().get());
        assertEquals(services.assessments().instrument(session, pemdi).aspects().size(), model.bars().size());
        assertEquals("3 dari 20 disetujui", model.progressText().get(), "indicators 1–3 of the sample");
        assertEquals(0.15, model.progress().get(), 1e-9);
    }
}
