package id.tata.raci.ui;

import java.util.List;

/** Why an edit was not made, as a bundle key and its arguments; nothing is saved. */
final class EditRefused extends RuntimeException {
    private final String key;
    private final List<Object> args;

    EditRefused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = List.of(args);
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.toArray();
    }
}
