package id.tata.common.l10n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings of one language. Indonesian ({@code messages_id}) is authoritative; English
 * ({@code messages_en}) is the second language. Missing keys show as {@code !key!} so they are seen, not hidden.
 */
public final class I18n {
    public static final String BUNDLE = "id.tata.i18n.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private static final I18n ID = new I18n(INDONESIAN);
    private static final I18n EN = new I18n(ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static I18n indonesian() {
        return ID;
    }

    public static I18n english() {
        return EN;
    }

    /** The bundle for a language tag such as "id" or "en"; anything else falls back to Indonesian. */
    public static I18n forLanguage(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
