package id.tata.documents.render.pdf;

import id.tata.documents.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a check: writes the sample decree to the file named by {@code -Dtata.pdf.dump=...} and an agency letter next to
 * it ({@code …-letter.pdf}) so a person can look at them (pdffonts, pdftoppm). Skipped unless that property is set.
 */
class PdfDumpTest {
    @Test
    @EnabledIfSystemProperty(named = "tata.pdf.dump", matches = ".+")
    void writesTheSampleForLooking() throws Exception {
        Path target = Path.of(System.getProperty("tata.pdf.dump"));
        try (OutputStream out = Files.newOutputStream(target)) {
            new PdfRenderer().render(SampleDocuments.everything(), out);
        }
        Path letter = target.resolveSibling(target.getFileName().toString().replaceFirst("\\.pdf$", "")
                + "-letter.pdf");
        try (OutputStream out = Files.newOutputStream(letter)) {
            new PdfRenderer().render(PdfLayoutTest.agencyLetter(), out);
        }
    }
}
