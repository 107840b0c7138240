package id.tata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceCliTest {
    private static final Map<String, String> ENV = Map.of("TATA_PASSWORD", "rahasia-123",
            "TATA_NEW_PASSWORD", "rahasia-456");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TataCli.run(env, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path created() {
        Path file = dir.resolve("x.tata");
        Result r = run(Map.of("TATA_NEW_PASSWORD", "rahasia-123"), "workspace", "create", file.toString());
        assertEquals(0, r.code(), r.err());
        return file;
    }

    @Test
    void createInfoAndUserCommands() {
        Path file = created();
        Result info = run(ENV, "workspace", "info", "-w", file.toString(), "--user", "admin", "--json");
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("\"schemaVersion\":"), info.out());

        Result add = run(ENV, "user", "add", "operator1", "--full-name", "Operator Satu", "--role", "OPERATOR",
                "-w", file.toString(), "--user", "admin");
        assertEquals(0, add.code(), add.err());
        Result forbidden = run(Map.of("TATA_PASSWORD", "rahasia-456", "TATA_NEW_PASSWORD", "rahasia-789"),
                "user", "add", "x2", "--full-name", "X", "--role", "ADMIN", "-w", file.toString(), "--user", "operator1");
        assertEquals(3, forbidden.code());
        assertTrue(forbidden.err().contains("tidak berwenang"), forbidden.err());

        Result list = run(ENV, "user", "list", "-w", file.toString(), "--user", "admin");
        assertTrue(list.out().contains("operator1") && list.out().contains("OPERATOR"), list.out());
    }

    @Test
    void wrongPasswordIsRefusedInTheChosenLanguage() {
        Path file = created();
        Result r = run(Map.of("TATA_PASSWORD", "salah-sandi"), "workspace", "info", "-w", file.toString(),
                "--user", "admin", "--lang", "en");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("Wrong user name or password"), r.err());
    }

    @Test
    void foreignTruncatedAndFutureFilesGiveClearMessagesAndStayUnchanged() throws Exception {
        Path random = dir.resolve("acak.tata");
        byte[] junk = new byte[4096];
        Arrays.fill(junk, (byte) 'x');
        Files.write(random, junk);
        Result r1 = run(ENV, "workspace", "info", "-w", random.toString(), "--user", "admin");
        assertEquals(2, r1.code());
        assertTrue(r1.err().contains("bukan workspace Tata"), r1.err());
        assertArrayEquals(junk, Files.readAllBytes(random));

        Path file = created();
        byte[] cut = Arrays.copyOf(Files.readAllBytes(file), 8192 + 100);
        Path truncated = dir.resolve("potong.tata");
        Files.write(truncated, cut);
        Result r2 = run(ENV, "workspace", "check", "-w", truncated.toString());
        assertEquals(2, r2.code());
        assertTrue(r2.err().contains("rusak atau terpotong"), r2.err());
        assertArrayEquals(cut, Files.readAllBytes(truncated));
    }

    @Test
    void backupListAndRestore() {
        Path file = created();
        Result b = run(ENV, "workspace", "backup", "-w", file.toString(), "--user", "admin", "--json");
        assertEquals(0, b.code(), b.err());
        String backup = b.out().replaceAll("(?s).*\"backup\":\"([^\"]+)\".*", "$1").trim();
        assertTrue(Files.exists(Path.of(backup)), backup);
        Result list = run(ENV, "workspace", "backup", "--list", "-w", file.toString());
        assertTrue(list.out().contains(Path.of(backup).getFileName().toString()), list.out());
        Result restore = run(ENV, "workspace", "restore", "-w", file.toString(), "--user", "admin", "--from", backup);
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().contains("dipulihkan"), restore.out());
    }

    @Test
    void usageErrorsExitWithOne() {
        Result r = run(ENV, "workspace", "info", "--bogus");
        assertEquals(1, r.code());
        Result noWorkspace = run(ENV, "workspace", "info", "--user", "admin");
        assertEquals(1, noWorkspace.code());
        assertTrue(noWorkspace.err().contains("--workspace"), noWorkspace.err());
        Result missingUser = run(ENV, "workspace", "info", "-w", created().toString());
        assertEquals(2, missingUser.code());
        assertTrue(missingUser.err().contains("--user"), missingUser.err());
    }

    @Test
    void profileIsSetAndValidatedFromTheCli() {
        Path file = created();
        Result bad = run(ENV, "profile", "set", "--name", "Contoh", "--province", "Jawa Tengah", "--postal-code", "12",
                "-w", file.toString(), "--user", "admin");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Kode pos"), bad.err());
        Result ok = run(ENV, "profile", "set", "--kind", "KABUPATEN", "--name", "Contoh", "--province", "Bali",
                "-w", file.toString(), "--user", "admin");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("Kabupaten Contoh"), ok.out());
        Result pattern = run(ENV, "profile", "pattern", "--type", "DECREE", "--pattern", "100.3.3.2/{nnn}/{yyyy}",
                "-w", file.toString(), "--user", "admin");
        assertEquals(0, pattern.code(), pattern.err());
        assertTrue(pattern.out().contains("100.3.3.2/001/"), pattern.out());
    }

    @Test
    void migrateUpgradesAnOlderWorkspaceAfterABackup() throws Exception {
        Path old = id.tata.workspace.TestWorkspaces.firstVersionWorkspace(dir.resolve("lama.tata"));
        Result r = run(ENV, "workspace", "migrate", "-w", old.toString(), "--user", "admin", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"from\":1"), r.out());
        assertTrue(id.tata.workspace.Backups.list(old).stream()
                .anyMatch(p -> p.getFileName().toString().contains("before_upgrade")), "backed up before the upgrade");
        Result again = run(ENV, "workspace", "migrate", "-w", old.toString(), "--user", "admin");
        assertTrue(again.out().contains("sudah pada skema terbaru"), again.out());
    }
}
