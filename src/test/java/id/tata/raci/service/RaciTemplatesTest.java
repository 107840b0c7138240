package id.tata.raci.service;

import id.tata.raci.domain.RaciCheck;
import id.tata.raci.domain.RaciLetter;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.domain.RaciTemplate;
import id.tata.raci.domain.RaciWarning;
import id.tata.raci.domain.StandardLetters;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaciTemplatesTest {
    private static final Path PEKALONGAN =
            Path.of("src/test/resources/id/tata/organization/regulations/perwal-pekalongan-26-2021.txt");

    private static List<String> regulationLines() throws Exception {
        List<String> lines = Files.readAllLines(PEKALONGAN);
        int start = lines.indexOf("MATRIKS PEMBAGIAN TUGAS (RACI)");
        return lines.subList(start + 2, start + 9);
    }

    @Test
    void pekalonganTemplateHasTheRegulationsThirtySixCellsInOrder() throws Exception {
        RaciMatrix m = RaciTemplates.standard().find("pekalongan-2021").orElseThrow().matrix();
        List<String> lines = regulationLines();
        String[] header = lines.get(0).split("\t");
        assertEquals(List.of(header).subList(1, header.length),
                m.parties().stream().map(RaciParty::name).toList());
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            String[] cells = lines.get(t + 1).split("\t", -1);
            assertEquals(cells[0].replaceFirst("^\\d+\\. ", ""), m.tasks().get(t).text());
            for (int p = 0; p < 6; p++) {
                expected.add(cells[p + 1].strip());
                actual.add(m.cell(t, p).text());
            }
        }
        assertEquals(36, actual.size());
        assertEquals(expected, actual);
        assertEquals("A/C", m.cell(0, 1).text(), "the order as written");
        assertEquals("C/R", m.cell(0, 2).text());
    }

    @Test
    void theLegendIsWordedAsTheRegulationWordsIt() throws Exception {
        String text = Files.readString(PEKALONGAN);
        for (RaciLetter l : StandardLetters.RACI) {
            assertTrue(text.contains(l.code() + " (*" + l.name() + "*) : " + l.meaning()), l.code());
        }
    }

    @Test
    void pekalongansOwnWarningsAreTwoAccountablesOnEveryTask() {
        RaciMatrix m = RaciTemplates.standard().find("pekalongan-2021").orElseThrow().matrix();
        List<RaciWarning> warnings = RaciCheck.warnings(m);
        assertEquals(6, warnings.size());
        for (int t = 0; t < 6; t++) {
            assertEquals(new RaciWarning(RaciWarning.Kind.MULTIPLE_ACCOUNTABLE, t + 1, null), warnings.get(t));
        }
        assertTrue(RaciCheck.warnings(m, 5).contains(
                new RaciWarning(RaciWarning.Kind.OVERLOADED_PARTY, null, "Perangkat Daerah")));
    }

    @Test
    void everyTemplateNamesItsSourceAndTheIndicatorMatrixCoversAll47() {
        List<RaciTemplate> all = RaciTemplates.standard().all();
        assertEquals(List.of("pekalongan-2021", "pranata-komputer", "indikator-spbe-2020",
                "singkawang-2021-tim-koordinasi", "madiun-2021-tim-koordinasi"),
                all.stream().map(RaciTemplate::code).toList());
        all.forEach(t -> assertFalse(t.matrix().source().isBlank(), t.code()));
        RaciMatrix indicators = RaciTemplates.standard().find("indikator-spbe-2020").orElseThrow().matrix();
        assertEquals(47, indicators.tasks().size());
        assertTrue(indicators.tasks().get(0).text().startsWith("Tingkat Kematangan Kebijakan Internal Arsitektur"));
        assertEquals("R", indicators.cell(36, indicators.parties().stream().map(RaciParty::name).toList()
                .indexOf("Perangkat Daerah bidang kearsipan")).text(), "indicator 37 (kearsipan)");
        for (int t = 0; t < 47; t++) {
            assertEquals("A", indicators.cell(t, 1).text(), "one A per indicator: the SPBE coordinator");
        }
    }

    @Test
    void tinKoordinasiMatricesUseTheTeamTemplatesTasksAndMembers() {
        RaciMatrix singkawang = RaciTemplates.standard().find("singkawang-2021-tim-koordinasi").orElseThrow()
                .matrix();
        assertEquals(2, singkawang.tasks().size());
        assertEquals(7, singkawang.parties().size());
        assertEquals("Sekretaris Daerah", singkawang.parties().get(2).name());
        assertEquals("A", singkawang.cell(0, 2).text(), "the Ketua is accountable");
        assertTrue(singkawang.source().contains("Singkawang Nomor 101 Tahun 2021"));
    }
}
