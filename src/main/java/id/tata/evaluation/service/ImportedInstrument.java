package id.tata.evaluation.service;

import id.tata.evaluation.domain.InstrumentProblem;

import java.util.List;

/**
 * The outcome of an import: the version stored, or, when the same content is already there ({@code alreadyPresent}),
 * that version, with nothing stored. Warnings (empty criteria …) do not stop an import but are reported.
 */
public record ImportedInstrument(String code, int version, String name, int indicatorCount, boolean alreadyPresent,
                                 List<InstrumentProblem> warnings) {
    public ImportedInstrument {
        warnings = List.copyOf(warnings);
    }
}
