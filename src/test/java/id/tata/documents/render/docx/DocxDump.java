package id.tata.documents.render.docx;

import id.tata.documents.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample document to a file for looking at it in LibreOffice or Word; off unless asked for:
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
    }
}
