package id.tata.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `tata raci import|validate|export|templates|create` as a script drives them. */
class RaciCliTest {
    private final CliRun cli = new CliRun();

    @TempDir
    Path dir;
    private Path workspace;
    private String out;
    private String err;

    @BeforeEach
    void workspace() {
        workspace = dir.resolve("kota.tata");
        assertEquals(0, tata("workspace", "create", workspace.toString()), err);
    }

    private int tata(String... args) {
        int code = cli.tata(args);
        out = cli.out;
        err = cli.err;
        return code;
    }

    private int run(String... args) {
        int code = cli.on(workspace, "admin", args);
        out = cli.out;
        err = cli.err;
        return code;
    }

    @Test
    void importValidateAndExportAsSpecified() throws Exception {
        Path csv = Files.writeString(dir.resolve("raci.csv"), "Tugas,Wali Kota,Koordinator SPBE,GCIO,Humas\n"
                + "Perencanaan SPBE,A,A/C,R,\nMonitoring,I,C,,\n");
        assertEquals(0, run("raci", "import", csv.toString()), err);
        assertEquals("1", out.strip());
        assertEquals(0, run("raci", "validate", "--matrix", "1", "--json"), err);
        assertEquals("[{\"kind\":\"MULTIPLE_ACCOUNTABLE\",\"task\":1,\"party\":null},"
                + "{\"kind\":\"NO_ACCOUNTABLE\",\"task\":2,\"party\":null},"
                + "{\"kind\":\"NO_RESPONSIBLE\",\"task\":2,\"party\":null},"
                + "{\"kind\":\"UNUSED_PARTY\",\"task\":null,\"party\":\"Humas\"}]", out.strip());
        assertEquals(0, run("raci", "validate", "--matrix", "1"), err);
        assertTrue(out.contains("Tugas 2: tidak ada A") && out.contains("Humas: tidak mendapat huruf"), out);
        Path back = dir.resolve("keluar.csv");
        assertEquals(0, run("raci", "export", "--matrix", "1", "--out", back.toString()), err);
        assertTrue(Files.readString(back).contains("Perencanaan SPBE,A,A/C,R,"), Files.readString(back));
    }

    @Test
    void aBadFileIsRefusedWithItsRowsAndNothingIsStored() throws Exception {
        Path csv = Files.writeString(dir.resolve("salah.csv"), "Tugas,Wali Kota\nPerencanaan,Z\n");
        assertEquals(2, run("raci", "import", csv.toString()));
        assertTrue(err.contains("Baris 2, kolom Wali Kota"), err);
        assertEquals(0, run("raci", "list", "--json"), err);
        assertEquals("[]", out.strip());
    }

    @Test
    void templatesAreListedAndAMatrixIsCreatedFromOne() {
        assertEquals(0, run("raci", "templates"), err);
        assertTrue(out.contains("pekalongan-2021") && out.contains("Pekalongan Nomor 26 Tahun 2021"), out);
        assertEquals(0, run("raci", "create", "--template", "pekalongan-2021"), err);
        assertEquals(0, run("raci", "validate", "--matrix", "1", "--overload", "5", "--json"), err);
        assertTrue(out.contains("{\"kind\":\"OVERLOADED_PARTY\",\"task\":null,\"party\":\"Perangkat Daerah\"}"), out);
    }

    @Test
    void variantLettersAreAcceptedWhenDeclared() throws Exception {
        Path csv = Files.writeString(dir.resolve("varian.csv"), "Tugas,Kepala Dinas,Pranata Komputer\n"
                + "Audit TIK,A,R/S\n");
        assertEquals(2, run("raci", "import", csv.toString()));
        assertTrue(err.contains("\"R/S\""), err);
        assertEquals(0, run("raci", "import", csv.toString(), "--letters", "S=Support"), err);
        assertEquals("1", out.strip());
        assertEquals(0, run("raci", "letter", "--matrix", "1", "--code", "S", "--name", "Support",
                "--meaning", "Membantu pelaksanaan tugas"), err);
        assertEquals("R, A, C, I, S", out.strip());
        Path back = dir.resolve("varian-keluar.csv");
        assertEquals(0, run("raci", "export", "--matrix", "1", "--out", back.toString()), err);
        assertTrue(Files.readString(back).contains("Audit TIK,A,R/S"), Files.readString(back));
    }
}
