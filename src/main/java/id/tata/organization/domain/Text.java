package id.tata.organization.domain;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

/** The trimming rules every organization record follows, so stored text never starts or ends with blanks. */
final class Text {
    private Text() {}

    static String required(String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new TataException(ErrorKind.BAD_INPUT, messageKey);
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null ? "" : value.strip();
    }
}
