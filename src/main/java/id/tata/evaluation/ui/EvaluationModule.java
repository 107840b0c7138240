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

    public EvaluationModule(AssessmentService assessments) {
        this.assessments = assessments;
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
        return new EvaluationView(new EvaluationViewModel(assessments, context.session(), context.tasks(),
                context.i18n()), context);
    }

    @Override
    public OptionalLong count(Session session) {
        return OptionalLong.of(assessments.list(session).size());
    }
}
