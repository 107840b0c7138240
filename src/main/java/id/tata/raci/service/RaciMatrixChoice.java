package id.tata.raci.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.service.ComposeContext;
import id.tata.documents.service.DocumentChoice;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciSummary;
import id.tata.workspace.Session;

import java.util.List;

/**
 * The "matrix" option of the RACI document types: the workspace's matrices to pick from ("MATRIKS PEMBAGIAN TUGAS
 * (RACI) — 6 tugas × 6 unsur"), and the matrix a request chose — the first of the list when it chose none, as the
 * dialog shows it.
 */
final class RaciMatrixChoice {
    static final String KEY = "matrix";
    private final RaciService matrices;

    RaciMatrixChoice(RaciService matrices) {
        this.matrices = matrices;
    }

    DocumentChoice choice(Session session) {
        List<DocumentChoice.Value> values = matrices.list(session).stream()
                .map(s -> new DocumentChoice.Value(String.valueOf(s.id()), label(s))).toList();
        return new DocumentChoice(KEY, "document.choice.raciMatrix", values);
    }

    RaciMatrix chosen(Session session, ComposeContext context) {
        String chosen = context.option(KEY);
        if (chosen == null || chosen.isBlank()) {
            List<RaciSummary> all = matrices.list(session);
            if (all.isEmpty()) {
                throw new TataException(ErrorKind.NOT_FOUND, "document.error.noRaciMatrix");
            }
            return matrices.get(session, all.get(0).id());
        }
        long id;
        try {
            id = Long.parseLong(chosen.strip());
        } catch (NumberFormatException e) {
            throw new TataException(ErrorKind.BAD_INPUT, "document.error.raciMatrixOption", chosen);
        }
        return matrices.get(session, id);
    }

    private static String label(RaciSummary s) {
        return s.title() + " — " + s.tasks() + " tugas × " + s.parties() + " unsur";
    }
}
