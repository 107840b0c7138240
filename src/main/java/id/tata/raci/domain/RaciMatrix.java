package id.tata.raci.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A RACI matrix: title ("MATRIKS PEMBAGIAN TUGAS (RACI)"), purpose, the source it was made from, the letters it may
 * use with their meanings, the parties (columns), the tasks (rows, numbered from 1 in order) and the cells
 * ({@code cells.get(task).get(party)}). Immutable: edits return a new matrix, which makes undo a matter of keeping
 * the previous value.
 */
public record RaciMatrix(Long id, String title, String purpose, String source, List<RaciLetter> letters,
                         List<RaciParty> parties, List<RaciTask> tasks, List<List<RaciCell>> cells) {
    public RaciMatrix {
        Objects.requireNonNull(title, "title");
        purpose = purpose == null ? "" : purpose;
        source = source == null ? "" : source;
        letters = List.copyOf(letters);
        parties = List.copyOf(parties);
        tasks = List.copyOf(tasks);
        cells = cells.stream().map(List::copyOf).toList();
        int width = parties.size();
        if (cells.size() != tasks.size() || cells.stream().anyMatch(r -> r.size() != width)) {
            throw new IllegalArgumentException("cells must be tasks × parties");
        }
    }

    /** An empty matrix with the standard letters. */
    public static RaciMatrix empty(String title) {
        return new RaciMatrix(null, title, "", "", StandardLetters.RACI, List.of(), List.of(), List.of());
    }

    public List<String> letterCodes() {
        return letters.stream().map(RaciLetter::code).toList();
    }

    public RaciCell cell(int task, int party) {
        return cells.get(task).get(party);
    }

    public RaciMatrix withId(Long newId) {
        return new RaciMatrix(newId, title, purpose, source, letters, parties, tasks, cells);
    }

    public RaciMatrix withCell(int task, int party, RaciCell cell) {
        List<List<RaciCell>> copy = mutableCells();
        copy.get(task).set(party, cell);
        return new RaciMatrix(id, title, purpose, source, letters, parties, tasks, copy);
    }

    /** A new task at {@code index} (0 = first) with empty cells. */
    public RaciMatrix withTaskInserted(int index, RaciTask task) {
        List<RaciTask> t = new ArrayList<>(tasks);
        t.add(index, task);
        List<List<RaciCell>> copy = mutableCells();
        copy.add(index, new ArrayList<>(java.util.Collections.nCopies(parties.size(), RaciCell.EMPTY)));
        return new RaciMatrix(id, title, purpose, source, letters, parties, t, copy);
    }

    public RaciMatrix withTaskRemoved(int index) {
        List<RaciTask> t = new ArrayList<>(tasks);
        t.remove(index);
        List<List<RaciCell>> copy = mutableCells();
        copy.remove(index);
        return new RaciMatrix(id, title, purpose, source, letters, parties, t, copy);
    }

    /** Moves a task (with its cells) from one place to another. */
    public RaciMatrix withTaskMoved(int from, int to) {
        List<RaciTask> t = new ArrayList<>(tasks);
        t.add(to, t.remove(from));
        List<List<RaciCell>> copy = mutableCells();
        copy.add(to, copy.remove(from));
        return new RaciMatrix(id, title, purpose, source, letters, parties, t, copy);
    }

    public RaciMatrix withTask(int index, RaciTask task) {
        List<RaciTask> t = new ArrayList<>(tasks);
        t.set(index, task);
        return new RaciMatrix(id, title, purpose, source, letters, parties, t, cells);
    }

    /** A new party at {@code index} with empty cells. */
    public RaciMatrix withPartyInserted(int index, RaciParty party) {
        List<RaciParty> p = new ArrayList<>(parties);
        p.add(index, party);
        List<List<RaciCell>> copy = mutableCells();
        copy.forEach(row -> row.add(index, RaciCell.EMPTY));
        return new RaciMatrix(id, title, purpose, source, letters, p, tasks, copy);
    }

    public RaciMatrix withPartyRemoved(int index) {
        List<RaciParty> p = new ArrayList<>(parties);
        p.remove(index);
        List<List<RaciCell>> copy = mutableCells();
        copy.forEach(row -> row.remove(index));
        return new RaciMatrix(id, title, purpose, source, letters, p, tasks, copy);
    }

    public RaciMatrix withPartyMoved(int from, int to) {
        List<RaciParty> p = new ArrayList<>(parties);
        p.add(to, p.remove(from));
        List<List<RaciCell>> copy = mutableCells();
        copy.forEach(row -> row.add(to, row.remove(from)));
        return new RaciMatrix(id, title, purpose, source, letters, p, tasks, copy);
    }

    public RaciMatrix withParty(int index, RaciParty party) {
        List<RaciParty> p = new ArrayList<>(parties);
        p.set(index, party);
        return new RaciMatrix(id, title, purpose, source, letters, p, tasks, cells);
    }

    public RaciMatrix withHeader(String newTitle, String newPurpose, String newSource) {
        return new RaciMatrix(id, newTitle, newPurpose, newSource, letters, parties, tasks, cells);
    }

    public RaciMatrix withLetters(List<RaciLetter> newLetters) {
        return new RaciMatrix(id, title, purpose, source, newLetters, parties, tasks, cells);
    }

    private List<List<RaciCell>> mutableCells() {
        List<List<RaciCell>> copy = new ArrayList<>();
        cells.forEach(r -> copy.add(new ArrayList<>(r)));
        return copy;
    }
}
