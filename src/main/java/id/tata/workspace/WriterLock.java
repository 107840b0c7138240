package id.tata.workspace;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;

/**
 * The one-writer rule. The holder keeps an OS lock on {@code NAME.tata.lock} beside the workspace (released by the
 * OS even if Tata crashes) and writes into it who holds it, so a second instance or window can say who that is.
 */
public final class WriterLock {
    private static final long LOCK_REGION = 1L << 40;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    /** Takes the lock or fails with REFUSED naming the holder. */
    static WriterLock acquire(Path workspace) {
        Path lockFile = lockFileOf(workspace);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new TataException(ErrorKind.REFUSED, "workspace.error.locked", workspace.getFileName(),
                        describeHolder(workspace));
            }
            WriterLock writerLock = new WriterLock(lockFile, channel, lock);
            writerLock.recordHolder(null);
            return writerLock;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", lockFile, e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            // A region far past the text, so that on Windows (mandatory locks) others can still read who holds it.
            return channel.tryLock(LOCK_REGION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null; // another window of this same Tata holds it
        }
    }

    /** "nama (user@host, sejak …)" of whoever holds the lock, as written in the lock file; empty if unknown. */
    public static String describeHolder(Path workspace) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(lockFileOf(workspace), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            return "?";
        }
        String tataUser = p.getProperty("tataUser", "");
        String who = p.getProperty("osUser", "?") + "@" + p.getProperty("host", "?");
        return (tataUser.isEmpty() ? "" : tataUser + " — ") + who + ", PID " + p.getProperty("pid", "?")
                + ", " + p.getProperty("since", "?");
    }

    /** Called after log-in so others are told the Tata user too. */
    public void recordHolder(String tataUser) {
        Properties p = new Properties();
        p.setProperty("osUser", System.getProperty("user.name", "?"));
        p.setProperty("host", hostName());
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("since", Instant.now().toString());
        if (tataUser != null) {
            p.setProperty("tataUser", tataUser);
        }
        var out = new java.io.StringWriter();
        try {
            p.store(out, "Tata writer lock");
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", lockFile, e.getMessage());
        }
    }

    void release() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            closeQuietly(channel);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do: the lock goes with the channel
            }
        }
    }
}
