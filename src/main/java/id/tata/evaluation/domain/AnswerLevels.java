package id.tata.evaluation.domain;

import java.util.Map;

/** The levels of an assessment by indicator number: self (nilai mandiri) and verified (nilai verifikasi). */
public record AnswerLevels(Map<Integer, Integer> self, Map<Integer, Integer> verified) {
    public AnswerLevels {
        self = Map.copyOf(self);
        verified = Map.copyOf(verified);
    }
}
