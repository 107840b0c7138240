package id.tata.common.l10n;

import java.util.Optional;

/**
 * The verdict on one NIP as entered: either the NIP, or the message key of the first reason it was refused
 * ({@code nip.error.*}, whose text takes the input as {0}), so an import preview can say exactly what is wrong.
 *
 * @param input      what the user typed or the sheet held, untouched
 * @param normalized the input without spaces and dots
 * @param errorKey   null when valid
 */
public record NipCheck(String input, String normalized, String errorKey, Nip nipOrNull) {
    public NipCheck {
        if ((errorKey == null) == (nipOrNull == null)) {
            throw new IllegalArgumentException("exactly one of errorKey and nip must be given");
        }
    }

    public boolean valid() {
        return errorKey == null;
    }

    public Optional<Nip> nip() {
        return Optional.ofNullable(nipOrNull);
    }

    public Optional<String> error() {
        return Optional.ofNullable(errorKey);
    }

    /** The reason in the given language, or an empty string for a valid NIP. */
    public String message(I18n i18n) {
        return valid() ? "" : i18n.text(errorKey, String.valueOf(input));
    }
}
