package id.tata.importing;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the table of a .csv or .xlsx file, chosen by the file's extension. */
public final class TableReader {
    private TableReader() {}

    public static SourceTable read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new TataException(ErrorKind.NOT_FOUND, "import.error.fileNotFound", file);
        }
        try {
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return CsvReader.read(file);
            }
            if (name.endsWith(".xlsx")) {
                return XlsxReader.read(file);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TataException te) {
                throw te;
            }
            throw new TataException(ErrorKind.BAD_INPUT, e, "import.error.unreadable", file, e.getMessage());
        }
        throw new TataException(ErrorKind.BAD_INPUT, "import.error.unsupportedFormat", file);
    }
}
