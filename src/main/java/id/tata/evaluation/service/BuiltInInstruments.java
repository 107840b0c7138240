package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The instruments Tata ships: SPBE-2020 (PermenPANRB 59/2020) and PEMDI-2026 (PermenPANRB 8/2026, provisional).
 *
 * <p>They are offered as read-only version 1 of their codes, straight from the application's resources, rather than
 * seeded into each workspace. Seeding would need either a migration holding 150 KB of JSON as an SQL literal (a SQL
 * migration cannot read a resource) or a write when a workspace is created or opened, which misses read-only opens
 * and workspaces upgraded from an older schema. Served from the jar, they are there in every workspace at once.
 * The price: a built-in file must never change (an assessment will refer to "SPBE-2020 version 1"), which
 * {@code BuiltInInstrumentsTest} pins by SHA-256; a correction is imported as a new version like any other file.
 * Imported versions of a built-in code are numbered from 2.
 */
final class BuiltInInstruments {
    static final int VERSION = 1;

    /** A built-in: its code and the resource holding its JSON. */
    record BuiltIn(String code, String resource) {
        byte[] json() {
            try (InputStream in = BuiltInInstruments.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in instrument " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", resource,
                        String.valueOf(e.getMessage()));
            }
        }
    }

    static final List<BuiltIn> ALL = List.of(
            new BuiltIn("SPBE-2020", "/id/tata/evaluation/instruments/spbe-2020.json"),
            new BuiltIn("PEMDI-2026", "/id/tata/evaluation/instruments/pemdi-2026-provisional.json"));

    private BuiltInInstruments() {
    }

    static Optional<BuiltIn> of(String code) {
        return ALL.stream().filter(b -> b.code().equals(code)).findFirst();
    }
}
