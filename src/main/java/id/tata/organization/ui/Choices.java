package id.tata.organization.ui;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Labels for combo boxes whose values are picked from a list, never typed. */
final class Choices {
    private Choices() {}

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
