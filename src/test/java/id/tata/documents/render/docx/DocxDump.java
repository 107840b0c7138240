package id.tata.documents.render.docx;

import id.tata.documents.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample decree (and, next to it, the letter of {@link DocxVariantsTest}) to files for looking at them in
 * LibreOffice or Word; off unless asked for:
 * {@code mvn -o test -Dtest=DocxDump -Dtata.dump.docx=/tmp/tata-sample.docx}, then
 * {@code /work/shared/tools/render-doc.sh /tmp/tata-sample.docx}.
 */
@EnabledIfSystemProperty(named = "tata.dump.docx", matches = ".+")
class DocxDump {
    @Test
    void dumpSample() throws IOException {
        Path target = Path.of(System.getProperty("tata.dump.docx"));
        try (OutputStream out = Files.newOutputStream(target)) {
            new DocxRenderer().render(SampleDocuments.everything(), out);
        }
        Path letter = target.resolveSibling(target.getFileName().toString().replaceFirst("\\.docx$", "")
                + "-letter.docx");
        try (OutputStream out = Files.newOutputStream(letter)) {
            new DocxRenderer().render(DocxVariantsTest.letter(), out);
        }
    }
}
