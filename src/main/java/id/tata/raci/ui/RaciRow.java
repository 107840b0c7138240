package id.tata.raci.ui;

import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciTask;

import java.util.List;

/** A row of the grid: the task's place (0-based), the task and its cells. */
public record RaciRow(int index, RaciTask task, List<RaciCell> cells) {
    public RaciRow {
        cells = List.copyOf(cells);
    }

    /** The number as the regulation prints it, from 1. */
    public int number() {
        return index + 1;
    }
}
