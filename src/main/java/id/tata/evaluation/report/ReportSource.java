package id.tata.evaluation.report;

import id.tata.documents.model.Letterhead;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.Score;
import id.tata.evaluation.domain.Scoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the assessment's outputs print, fetched beforehand by the service so the composers stay free of
 * storage: the assessment, its instrument and every indicator's answer, the government's names, the kop of the
 * issuing Diskominfo (null when the workspace has none), the members of the Tim Asesor Internal (empty when there is
 * no such team) and the report date. {@code includeUnapproved} says whether answers not yet approved count; by
 * default only approved self levels are scored, so a report never passes off a draft as a result.
 */
public record ReportSource(Assessment assessment, Instrument instrument, List<Answer> answers,
                           boolean includeUnapproved, LocalDate date, String governmentName, String place,
                           Letterhead kop, String teamName, List<TeamSigner> team) {
    public ReportSource {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(date, "date");
        answers = List.copyOf(answers);
        governmentName = governmentName == null ? "" : governmentName.strip();
        place = place == null ? "" : place.strip();
        teamName = teamName == null ? "" : teamName.strip();
        team = List.copyOf(team);
    }

    /** A member who signs the Berita Acara: name (with titles), NIP, place in the team ("Ketua"). */
    public record TeamSigner(String name, String nip, String role) {
        public TeamSigner {
            name = name == null ? "" : name.strip();
            nip = nip == null ? "" : nip.strip();
            role = role == null ? "" : role.strip();
        }
    }

    /** Does this answer's self level count in the score (and its evidence in the pack)? */
    public boolean counts(Answer answer) {
        return answer.selfLevel() != null && (includeUnapproved || answer.status() == AnswerStatus.APPROVED);
    }

    /** The answers that count, by indicator number. */
    public Map<Integer, Answer> counted() {
        Map<Integer, Answer> counted = new HashMap<>();
        answers.stream().filter(this::counts).forEach(a -> counted.put(a.indicatorNo(), a));
        return counted;
    }

    /** The self score of the answers that count; the rest are missing. */
    public Score selfScore() {
        Map<Integer, Integer> levels = new HashMap<>();
        answers.stream().filter(this::counts).forEach(a -> levels.put(a.indicatorNo(), a.selfLevel()));
        return Scoring.score(instrument, levels);
    }

    /** The verified score, when the external assessors' levels have been entered for at least one indicator. */
    public Optional<Score> verifiedScore() {
        Map<Integer, Integer> levels = new HashMap<>();
        answers.stream().filter(a -> a.verifiedLevel() != null)
                .forEach(a -> levels.put(a.indicatorNo(), a.verifiedLevel()));
        return levels.isEmpty() ? Optional.empty() : Optional.of(Scoring.score(instrument, levels));
    }

    /** Answers with a self level that is not approved: what an approved-only report leaves out. */
    public long unapprovedWithLevel() {
        return answers.stream().filter(a -> a.selfLevel() != null && a.status() != AnswerStatus.APPROVED).count();
    }

    public Answer answer(int indicator) {
        return answers.stream().filter(a -> a.indicatorNo() == indicator).findFirst()
                .orElse(Answer.blank(indicator));
    }

    public Indicator indicator(int no) {
        return instrument.indicator(no).orElseThrow();
    }

    /** "Pemerintah Kota Contoh", or just "Pemerintah Daerah" when the profile is still blank. */
    public String government() {
        return governmentName.isEmpty() ? "Pemerintah Daerah" : "Pemerintah " + governmentName;
    }
}
