package id.tata.raci.service;

import id.tata.importing.ImportProblem;
import id.tata.raci.domain.RaciMatrix;

import java.util.List;

/** What an import would create ({@code matrix}, null when there are problems) or the problems that stop it. */
public record RaciImportPreview(RaciMatrix matrix, List<ImportProblem> problems) {
    public RaciImportPreview {
        problems = List.copyOf(problems);
    }
}
