package id.tata.common.error;

import id.tata.common.l10n.I18n;

import java.util.Arrays;

/**
 * An error a user will read. It carries a message key and arguments rather than text, so the GUI and the CLI can
 * show it in the user's language; {@link #getMessage()} gives the Indonesian text, the product's first language.
 */
public class TataException extends RuntimeException {
    private final ErrorKind kind;
    private final String key;
    private final transient Object[] args;

    public TataException(ErrorKind kind, String key, Object... args) {
        this(kind, null, key, args);
    }

    public TataException(ErrorKind kind, Throwable cause, String key, Object... args) {
        super(key, cause);
        this.kind = kind;
        this.key = key;
        this.args = args.clone();
    }

    public ErrorKind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language. */
    public String message(I18n i18n) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Localized l) {
                shown[i] = i18n.text(l.key());
            }
        }
        return i18n.text(key, shown);
    }

    @Override
    public String getMessage() {
        return message(I18n.indonesian());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + kind + " " + key + " " + Arrays.toString(args) + "]";
    }
}
