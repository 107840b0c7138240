package id.tata.evaluation.exchange.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What importing a returned package would do, per indicator and field, before anything is written: the three-way merge
 * of base (the answers when the package was made), mine (the coordinator's answers now) and theirs (the assessor's).
 * <ul>
 *   <li>only the assessor changed a field: it is taken (a change without a question);</li>
 *   <li>only the coordinator changed it, or both made the same change: nothing to do, it is not listed;</li>
 *   <li>both changed it to different values: a conflict, applied only with a {@link Choice}.</li>
 * </ul>
 * Evidence is merged file by file (SHA-256): files the assessor added are added, files the assessor removed are
 * removed, files the coordinator added stay. Adding and removing cannot contradict each other, so evidence never
 * conflicts. A screen shows {@link #changes()} side by side (base, mine, theirs) and collects the choices.
 */
public record MergePreview(String packageId, String assessor, long assessmentId, String assessmentName,
                           Map<Integer, AnswerState> base, Map<Integer, AnswerState> mine,
                           Map<Integer, AnswerState> theirs, List<FieldChange> changes) {
    public MergePreview {
        base = Map.copyOf(base);
        mine = Map.copyOf(mine);
        theirs = Map.copyOf(theirs);
        changes = List.copyOf(changes);
    }

    /** Compares the three versions of every indicator in the package (theirs). */
    public static MergePreview compute(String packageId, String assessor, long assessmentId, String assessmentName,
                                       Map<Integer, AnswerState> base, Map<Integer, AnswerState> mine,
                                       Map<Integer, AnswerState> theirs) {
        List<FieldChange> changes = new ArrayList<>();
        for (int no : new TreeMap<>(theirs).keySet()) {
            AnswerState b = base.getOrDefault(no, AnswerState.blank(no));
            AnswerState m = mine.getOrDefault(no, AnswerState.blank(no));
            AnswerState t = theirs.get(no);
            for (AnswerField field : AnswerField.values()) {
                if (field == AnswerField.EVIDENCE) {
                    if (!mergedEvidence(b, m, t).keySet().equals(m.evidence().keySet())) {
                        changes.add(new FieldChange(no, field, b, m, t, false));
                    }
                    continue;
                }
                Object bv = b.value(field);
                Object mv = m.value(field);
                Object tv = t.value(field);
                if (Objects.equals(tv, bv) || Objects.equals(mv, tv)) {
                    continue;
                }
                changes.add(new FieldChange(no, field, b, m, t, !Objects.equals(mv, bv)));
            }
        }
        return new MergePreview(packageId, assessor, assessmentId, assessmentName, base, mine, theirs, changes);
    }

    public List<FieldChange> conflicts() {
        return changes.stream().filter(FieldChange::conflict).toList();
    }

    /** The changes taken without a question (only the assessor changed the field). */
    public List<FieldChange> silent() {
        return changes.stream().filter(c -> !c.conflict()).toList();
    }

    /** The conflicts the decisions leave open; the import is refused while any remains. */
    public List<FieldChange> undecided(MergeDecisions decisions) {
        return conflicts().stream().filter(c -> decisions.choiceFor(c).isEmpty()).toList();
    }

    /** Choices given for fields that are not a conflict of this merge (a typo in "--choose", most likely). */
    public List<String> unknownChoices(MergeDecisions decisions) {
        Set<String> keys = conflicts().stream().map(FieldChange::key).collect(Collectors.toSet());
        return decisions.each().keySet().stream().filter(k -> !keys.contains(k)).sorted().toList();
    }

    /**
     * The answers after the merge, only for the indicators whose content changes. Every conflict must have a choice
     * (see {@link #undecided}); an undecided one fails here rather than being silently resolved.
     */
    public Map<Integer, AnswerState> merged(MergeDecisions decisions) {
        if (!undecided(decisions).isEmpty()) {
            throw new IllegalStateException("undecided conflicts: " + undecided(decisions));
        }
        Map<Integer, AnswerState> result = new LinkedHashMap<>();
        for (FieldChange change : changes) {
            int no = change.indicator();
            AnswerState current = result.getOrDefault(no, mine.getOrDefault(no, AnswerState.blank(no)));
            if (change.field() == AnswerField.EVIDENCE) {
                result.put(no, current.withEvidence(mergedEvidence(change.base(), change.mine(), change.theirs())));
            } else if (!change.conflict() || decisions.choiceFor(change).orElseThrow() == Choice.THEIRS) {
                result.put(no, current.with(change.field(), change.theirs().value(change.field())));
            } else {
                result.put(no, current);
            }
        }
        result.values().removeIf(s -> s.sameContent(mine.getOrDefault(s.indicator(), AnswerState.blank(s.indicator()))));
        return result;
    }

    /** Mine, plus the files the assessor added, minus the files the assessor removed. */
    static Map<String, EvidenceItem> mergedEvidence(AnswerState base, AnswerState mine, AnswerState theirs) {
        Map<String, EvidenceItem> result = new TreeMap<>(mine.evidence());
        theirs.evidence().forEach((sha, item) -> {
            if (!base.evidence().containsKey(sha)) {
                result.putIfAbsent(sha, item);
            }
        });
        base.evidence().keySet().stream().filter(sha -> !theirs.evidence().containsKey(sha)).forEach(result::remove);
        return result;
    }
}
