package id.tata.raci.ui;

import id.tata.raci.domain.RaciWarning;

/** A warning with its sentence in the user's language. */
public record WarningRow(RaciWarning warning, String text) {
    @Override
    public String toString() {
        return text;
    }
}
