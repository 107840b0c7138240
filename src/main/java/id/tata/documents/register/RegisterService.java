package id.tata.documents.register;

import id.tata.documents.persistence.RegisterRepository;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.user.Permission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The register of issued documents: listing, verification of files, and the explanation of number gaps. */
public final class RegisterService {
    private final RegisterRepository repository = new RegisterRepository();

    public List<IssuedDocument> list(Session session) {
        return session.read(Permission.WORKSPACE_READ, repository::all);
    }

    public Optional<IssuedDocument> find(Session session, String registerCode) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.byCode(dsl, registerCode));
    }

    public Optional<IssuedDocument> find(Session session, long id) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.byId(dsl, id));
    }

    /** Adds a row inside the caller's transaction (the issuing one). */
    public IssuedDocument record(Tx tx, IssuedDocument issued) {
        return repository.insert(tx, issued);
    }

    /** The next register code of the year, "TATA-2026-00012", inside the issuing transaction. */
    public String nextCode(Tx tx, int year) {
        return String.format("TATA-%d-%05d", year, repository.countCodes(tx.dsl(), year) + 1);
    }

    /** Whether the file is exactly one that Tata issued and registered (same SHA-256), and which. */
    public VerifyResult verify(Session session, Path file) {
        String hash = sha256(file);
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.byFileHash(dsl, hash)
                .map(m -> new VerifyResult(file.getFileName().toString(), hash, Optional.of(m.document()),
                        Optional.of(m.format()), repository.supersededBy(dsl, m.document().id())))
                .orElseGet(() -> new VerifyResult(file.getFileName().toString(), hash, Optional.empty(),
                        Optional.empty(), Optional.empty())));
    }

    /** Numbers a counter gave out that no register row carries, for every year the counter was used. */
    public List<RegisterGap> gaps(Session session, String numberType) {
        return session.read(Permission.WORKSPACE_READ, dsl -> {
            List<RegisterGap> gaps = new ArrayList<>();
            for (int year : repository.counterYears(dsl, numberType)) {
                Set<Integer> used = new HashSet<>(repository.usedSequences(dsl, numberType, year));
                int last = repository.counterValue(dsl, numberType, year);
                for (int n = 1; n <= last; n++) {
                    if (!used.contains(n)) {
                        gaps.add(new RegisterGap(numberType, year, n));
                    }
                }
            }
            return gaps;
        });
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
