package id.tata.workspace;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at a file before Tata opens it for writing, without changing a single byte: is it SQLite at all, is it
 * a Tata workspace, is it whole, and which schema version does it have. The header is read as plain bytes; the
 * checks that need SQLite use an immutable, read-only connection.
 */
public final class WorkspaceInspector {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;

    private WorkspaceInspector() {}

    /** The schema version of a sound Tata workspace; fails with a clear message for anything else. */
    public static int inspect(Path file) {
        checkHeader(file);
        try (Connection c = openImmutable(file)) {
            List<String> problems = check(c, "PRAGMA quick_check");
            if (!problems.isEmpty()) {
                throw damaged(file, String.join("; ", problems), null);
            }
            return schemaVersion(c);
        } catch (SQLException e) {
            throw damaged(file, e.getMessage(), e);
        }
    }

    /** Full check for `tata workspace check`: every page and index, and every foreign key. */
    public static List<String> fullCheck(Path file) {
        checkHeader(file);
        try (Connection c = openImmutable(file)) {
            List<String> problems = new ArrayList<>(check(c, "PRAGMA integrity_check"));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3));
                }
            }
            return problems;
        } catch (SQLException e) {
            throw damaged(file, e.getMessage(), e);
        }
    }

    static void checkHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TataException(ErrorKind.NOT_FOUND, "workspace.error.notFound", file);
        }
        byte[] header = new byte[HEADER_SIZE];
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            if (in.readNBytes(header, 0, HEADER_SIZE) < HEADER_SIZE || !startsWithMagic(header)) {
                throw new TataException(ErrorKind.BAD_INPUT, "workspace.error.notSqlite", file);
            }
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", file, e.getMessage());
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        if (h.getInt(68) != WorkspaceFile.APPLICATION_ID) {
            throw new TataException(ErrorKind.BAD_INPUT, "workspace.error.foreign", file);
        }
        checkSize(file, h, size);
    }

    /** A file shorter than its header's page count was cut off (a failed copy, a full disk). */
    private static void checkSize(Path file, ByteBuffer h, long size) {
        int rawPageSize = Short.toUnsignedInt(h.getShort(16));
        long pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        long pageCount = Integer.toUnsignedLong(h.getInt(28));
        boolean countValid = h.getInt(24) == h.getInt(92);
        if (pageSize < 512 || Long.bitCount(pageSize) != 1 || size % pageSize != 0
                || (countValid && pageCount * pageSize > size)) {
            throw damaged(file, "size " + size + " < " + pageCount + " × " + pageSize, null);
        }
    }

    private static boolean startsWithMagic(byte[] header) {
        for (int i = 0; i < SQLITE_MAGIC.length; i++) {
            if (header[i] != SQLITE_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * "immutable" makes SQLite neither lock nor write anything, not even a -shm file. When a WAL file lies beside the
     * workspace (another instance has it open, or Tata crashed) its content must be read, so plain read-only is used.
     */
    static Connection openImmutable(Path file) throws SQLException {
        boolean walPresent = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String uri = file.toUri() + (walPresent ? "?mode=ro" : "?immutable=1");
        return DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
    }

    private static List<String> check(Connection c, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    /** The highest successfully applied migration; 0 for a workspace whose creation never completed. */
    static int schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
            int max = 0;
            while (rs.next()) {
                max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
            }
            return max;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                return 0;
            }
            throw e;
        }
    }

    private static TataException damaged(Path file, String detail, Throwable cause) {
        return new TataException(ErrorKind.BAD_INPUT, cause, "workspace.error.damaged", file, detail);
    }
}
