package id.tata.raci.ui;

import id.tata.raci.domain.PartyKind;
import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.domain.RaciTask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The edits of the grid as pure functions from one matrix to the next, or {@link EditRefused} with the reason. Kept
 * apart from the view model so the rules (which letters, what a paste may cover) are tested without a workspace.
 */
final class RaciEdits {
    private RaciEdits() {
    }

    /** The cell as typed ("A/C", "ac"), read with the matrix's own letters. */
    static RaciMatrix cell(RaciMatrix m, int task, int party, String typed) {
        return m.withCell(task, party, parse(m, typed));
    }

    static RaciCell parse(RaciMatrix m, String typed) {
        List<String> codes = m.letterCodes();
        return RaciCell.parse(typed, codes).orElseThrow(() -> new EditRefused("raci.ui.error.letters",
                typed == null ? "" : typed.strip(), String.join(", ", codes)));
    }

    /** The cells of a task as tab-separated text, the way spreadsheets put a row on the clipboard. */
    static String rowText(RaciMatrix m, int task) {
        return m.cells().get(task).stream().map(RaciCell::text).collect(Collectors.joining("\t"));
    }

    /**
     * Tab-separated lines pasted with their top-left at (task, party). All or nothing: a value that is not letters
     * of the matrix, or a paste reaching past the last task or party, refuses the whole paste.
     */
    static RaciMatrix paste(RaciMatrix m, int task, int party, String text) {
        List<String> lines = new ArrayList<>(List.of((text == null ? "" : text).split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() && lines.size() > 1) {
            lines.remove(lines.size() - 1);
        }
        RaciMatrix out = m;
        for (int i = 0; i < lines.size(); i++) {
            String[] values = lines.get(i).split("\t", -1);
            if (task + i >= m.tasks().size() || party + values.length > m.parties().size()) {
                throw new EditRefused("raci.ui.error.pasteTooBig", lines.size(), values.length);
            }
            for (int j = 0; j < values.length; j++) {
                out = out.withCell(task + i, party + j, parse(m, values[j]));
            }
        }
        return out;
    }

    static RaciMatrix renameTask(RaciMatrix m, int task, String text) {
        String name = required(text, "raci.ui.error.taskEmpty");
        RaciTask old = m.tasks().get(task);
        return m.withTask(task, new RaciTask(old.group(), name));
    }

    static RaciMatrix insertTask(RaciMatrix m, int index, String text) {
        String group = m.tasks().isEmpty() ? "" : m.tasks().get(Math.max(0, Math.min(index, m.tasks().size()) - 1))
                .group();
        return m.withTaskInserted(index, new RaciTask(group, required(text, "raci.ui.error.taskEmpty")));
    }

    /** Moves a task one place; null when it is already at that end. */
    static RaciMatrix moveTask(RaciMatrix m, int task, int by) {
        int to = task + by;
        return to < 0 || to >= m.tasks().size() ? null : m.withTaskMoved(task, to);
    }

    static RaciMatrix insertParty(RaciMatrix m, int index, String name) {
        return m.withPartyInserted(index, new RaciParty(unique(m, -1, name), PartyKind.GROUP, null));
    }

    static RaciMatrix renameParty(RaciMatrix m, int party, String name) {
        RaciParty old = m.parties().get(party);
        // a new name no longer points at the record it was linked to
        Long ref = old.name().equals(name == null ? "" : name.strip()) ? old.refId() : null;
        return m.withParty(party, new RaciParty(unique(m, party, name), old.kind(), ref));
    }

    static RaciMatrix moveParty(RaciMatrix m, int party, int by) {
        int to = party + by;
        return to < 0 || to >= m.parties().size() ? null : m.withPartyMoved(party, to);
    }

    private static String unique(RaciMatrix m, int except, String name) {
        String wanted = required(name, "raci.ui.error.partyEmpty");
        for (int p = 0; p < m.parties().size(); p++) {
            if (p != except && m.parties().get(p).name().toLowerCase(Locale.ROOT)
                    .equals(wanted.toLowerCase(Locale.ROOT))) {
                throw new EditRefused("raci.ui.error.partyTwice", wanted);
            }
        }
        return wanted;
    }

    private static String required(String text, String key) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new EditRefused(key);
        }
        return s;
    }

    /** New title, purpose and source; the title cannot be empty. */
    static RaciMatrix header(RaciMatrix m, String title, String purpose, String source) {
        if (title == null || title.isBlank()) {
            throw new EditRefused("raci.error.titleRequired");
        }
        return m.withHeader(title.strip(), purpose == null ? "" : purpose.strip(),
                source == null ? "" : source.strip());
    }

    /**
     * The letters the matrix may use, one per line "KODE | Nama | Arti" (regional variants such as S — Support). A
     * letter still written in a cell cannot be dropped; a line that is not one letter A–Z is refused.
     */
    static RaciMatrix letters(RaciMatrix m, String lines) {
        java.util.List<id.tata.raci.domain.RaciLetter> letters = new java.util.ArrayList<>();
        int no = 0;
        for (String line : lines.split("\\R")) {
            no++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            try {
                id.tata.raci.domain.RaciLetter l = new id.tata.raci.domain.RaciLetter(parts[0],
                        parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
                if (letters.stream().anyMatch(x -> x.code().equals(l.code()))) {
                    throw new EditRefused("raci.ui.letters.twice", no, l.code());
                }
                letters.add(l);
            } catch (IllegalArgumentException e) {
                throw new EditRefused("raci.ui.letters.bad", no, parts[0].strip());
            }
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        letters.forEach(l -> codes.add(l.code()));
        for (var row : m.cells()) {
            for (var cell : row) {
                for (String used : cell.letters()) {
                    if (!codes.contains(used)) {
                        throw new EditRefused("raci.ui.letters.inUse", used);
                    }
                }
            }
        }
        if (letters.isEmpty()) {
            throw new EditRefused("raci.ui.letters.none");
        }
        return m.withLetters(letters);
    }

    /** The letters as the editor shows them: "R | Responsible | Menyelesaikan tugas". */
    static String lettersText(RaciMatrix m) {
        StringBuilder sb = new StringBuilder();
        for (var l : m.letters()) {
            sb.append(l.code()).append(" | ").append(l.name()).append(" | ").append(l.meaning()).append('\n');
        }
        return sb.toString();
    }
}
