package id.tata.organization.persistence;

import id.tata.workspace.Tx;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An ordered list of child rows of a team (members, tasks), replaced as a whole but written as the difference: moving
 * one member up changes two sort orders, so the audit log shows two updates rather than the whole team deleted and
 * inserted again. An item whose id is gone (removed, then brought back by undo) is inserted under that id again.
 */
final class OrderedRows<R extends UpdatableRecord<R>, T> {
    private final Table<R> table;
    private final TableField<R, Long> id;
    private final TableField<R, Long> teamId;
    private final TableField<R, Integer> sortOrder;
    private final Function<T, Long> idOf;
    private final Function<R, T> read;
    private final BiConsumer<R, T> fill;

    OrderedRows(Table<R> table, TableField<R, Long> id, TableField<R, Long> teamId, TableField<R, Integer> sortOrder,
                Function<T, Long> idOf, Function<R, T> read, BiConsumer<R, T> fill) {
        this.table = table;
        this.id = id;
        this.teamId = teamId;
        this.sortOrder = sortOrder;
        this.idOf = idOf;
        this.read = read;
        this.fill = fill;
    }

    List<T> of(DSLContext dsl, long team) {
        return dsl.selectFrom(table).where(teamId.eq(team)).orderBy(sortOrder, id).fetch(read::apply);
    }

    List<T> replace(Tx tx, long team, List<T> wanted) {
        Map<Long, R> existing = new HashMap<>();
        tx.dsl().selectFrom(table).where(teamId.eq(team)).fetch().forEach(r -> existing.put(r.get(id), r));
        Set<Long> kept = new HashSet<>();
        wanted.stream().map(idOf).filter(Objects::nonNull).forEach(kept::add);
        existing.values().stream().filter(r -> !kept.contains(r.get(id))).forEach(tx::delete);
        for (int i = 0; i < wanted.size(); i++) {
            T item = wanted.get(i);
            R row = existing.get(idOf.apply(item));
            if (row == null) {
                insert(tx, team, i, item);
            } else if (!read.apply(row).equals(item) || row.get(sortOrder) != i) {
                fill.accept(row, item);
                row.set(sortOrder, i);
                tx.update(row);
            }
        }
        return of(tx.dsl(), team);
    }

    private void insert(Tx tx, long team, int order, T item) {
        Long wantedId = idOf.apply(item);
        if (wantedId != null && tx.dsl().fetchExists(table, id.eq(wantedId))) {
            throw new IllegalArgumentException(table.getName() + " " + wantedId + " belongs to another team");
        }
        R row = tx.dsl().newRecord(table);
        row.set(id, wantedId != null ? wantedId : NewIds.next(tx.dsl(), table, id));
        row.set(teamId, team);
        row.set(sortOrder, order);
        fill.accept(row, item);
        tx.insert(row);
    }
}
