package id.tata.evaluation.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.undo.UndoableCommand;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.workspace.Session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaching and removing evidence as undoable steps. The content of a removed file stays in the workspace (it is
 * stored once per SHA-256), so undo attaches it again from there — hash checked — under its original name.
 */
final class EvidenceCommands {
    private EvidenceCommands() {
    }

    /** Nothing could be attached: every file was refused; the message lists each one. */
    static final class NothingAttached extends RuntimeException {
        NothingAttached(List<String> problems) {
            super(String.join("\n", problems));
        }
    }

    /** Attaches files; those refused (type, size) are listed in {@link #problems()} and the others still attached. */
    static final class Attach implements UndoableCommand {
        private final EvaluationServices services;
        private final Session session;
        private final long assessment;
        private final int indicator;
        private final List<Path> files;
        private final I18n i18n;
        private final String name;
        private final List<EvidenceRef> attached = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Attach(EvaluationServices services, Session session, long assessment, int indicator, List<Path> files,
               I18n i18n, String name) {
            this.services = services;
            this.session = session;
            this.assessment = assessment;
            this.indicator = indicator;
            this.files = List.copyOf(files);
            this.i18n = i18n;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void execute() {
            for (Path file : files) {
                try {
                    attached.add(services.evidence().attach(session, assessment, indicator, file));
                } catch (TataException e) {
                    problems.add(e.message(i18n));
                }
            }
            if (attached.isEmpty()) {
                throw new NothingAttached(problems);
            }
        }

        @Override
        public void undo() {
            attached.forEach(ref -> services.evidence().detach(session, assessment, ref));
        }

        @Override
        public void redo() {
            List<EvidenceRef> again = new ArrayList<>();
            for (EvidenceRef ref : attached) {
                again.add(services.evidence().attach(session, assessment, indicator, ref.originalName(),
                        services.evidence().content(session, ref)));
            }
            attached.clear();
            attached.addAll(again);
        }

        List<String> problems() {
            return problems;
        }
    }

    /** Removes one file from its indicator. */
    static final class Detach implements UndoableCommand {
        private final EvaluationServices services;
        private final Session session;
        private final long assessment;
        private final String name;
        private EvidenceRef file;

        Detach(EvaluationServices services, Session session, long assessment, EvidenceRef file, String name) {
            this.services = services;
            this.session = session;
            this.assessment = assessment;
            this.file = file;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void execute() {
            services.evidence().detach(session, assessment, file);
        }

        @Override
        public void undo() {
            file = services.evidence().attach(session, assessment, file.indicatorNo(), file.originalName(),
                    services.evidence().content(session, file));
        }
    }
}
