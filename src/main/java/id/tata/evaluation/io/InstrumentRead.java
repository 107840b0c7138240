package id.tata.evaluation.io;

import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.InstrumentProblem;

import java.util.List;
import java.util.Optional;

/** What reading an instrument file gave: the instrument, or (when the file is not in shape) every problem found. */
public record InstrumentRead(Optional<Instrument> instrument, List<InstrumentProblem> problems) {
    public InstrumentRead {
        problems = List.copyOf(problems);
    }
}
