package id.tata.organization.ui;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One table's service calls, already bound to the session. The agency, person and position services share no
 * interface, so this is what lets one set of undoable commands serve all three.
 */
record RecordStore<T>(UnaryOperator<T> create, UnaryOperator<T> restore, Consumer<T> update, Consumer<T> delete) {
}
