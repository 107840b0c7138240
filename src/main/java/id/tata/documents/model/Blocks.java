package id.tata.documents.model;

import java.util.ArrayList;
import java.util.List;

/** Walks nested blocks (list items, labelled bodies) in reading order. */
public final class Blocks {
    private Blocks() {
    }

    public static List<Table> tablesIn(List<Block> blocks) {
        List<Table> tables = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Table t) {
                tables.add(t);
            } else if (block instanceof ListBlock l) {
                l.items().forEach(i -> tables.addAll(tablesIn(i.content())));
            } else if (block instanceof LabeledBlock b) {
                tables.addAll(tablesIn(b.body()));
            }
        }
        return tables;
    }
}
