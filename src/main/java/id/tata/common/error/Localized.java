package id.tata.common.error;

/**
 * An argument of a {@link TataException} that is itself a message key, so that it, too, is shown in the reader's
 * language (a role, a permission) instead of as a code.
 */
public record Localized(String key) {
    @Override
    public String toString() {
        return key;
    }
}
