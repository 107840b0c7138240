package id.tata.evaluation.ui;

import id.tata.evaluation.service.AssessmentService;
import id.tata.shell.Module;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.Session;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.OptionalLong;

/** Penilaian Mandiri in the sidebar. */
public final class EvaluationModule implements Module {
    private final AssessmentService assessments;
    private final EvaluationServices services;
    private final EvidenceFiles files;

    public EvaluationModule(AssessmentService assessments) {
        this(assessments, EvidenceFiles.desktop());
    }

    /** @param files how evidence files are picked and opened (a test passes its own) */
    public EvaluationModule(AssessmentService assessments, EvidenceFiles files) {
        this.assessments = assessments;
        this.services = EvaluationServices.of(assessments);
        this.files = files;
    }

    @Override
    public String id() {
        return "evaluation";
    }

    @Override
    public String labelKey() {
        return "evaluation.ui.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.ASSESSMENT;
    }

    @Override
    public ModuleView createView(ModuleContext context) {
        return new EvaluationView(new EvaluationViewModel(assessments, services.instruments(), context.session(),
                context.tasks(), context.i18n()), services, files, context);
    }

    @Override
    public OptionalLong count(Session session) {
        return OptionalLong.of(assessments.list(session).size());
    }
}
