package dev.perfgate.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A pair of temporary files that receive a child's stdout and stderr (shared by both runners).
 *
 * <p>Files rather than pipes: the child can never block on a full pipe, whatever it writes, and the
 * parent does no reading inside the timed window. Only the capped part, and the end of what the cap
 * cut, are read back afterwards.
 */
public final class CaptureFiles implements AutoCloseable {

    /** The largest array the JVM reliably allocates. */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private final Path stdout;
    private final Path stderr;

    private CaptureFiles(Path stdout, Path stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The directory runners capture into unless told otherwise. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Creates both files in {@code directory} (readable by the current user only, where the platform
     * supports it), or says why it cannot as a start failure of {@code spec}'s command: without them the
     * command cannot run.
     */
    public static CaptureFiles create(Path directory, CommandSpec spec) throws CommandStartException {
        try {
            return create(directory);
        } catch (IOException e) {
            throw new CommandStartException(
                    spec.side(),
                    spec.argv(),
                    "cannot create temporary files for its output in " + directory + ": " + e.getMessage(),
                    e);
        }
    }

    static CaptureFiles create(Path directory) throws IOException {
        Path out = removedAtExit(Files.createTempFile(directory, "perfgate-", ".stdout"));
        try {
            return new CaptureFiles(out, removedAtExit(Files.createTempFile(directory, "perfgate-", ".stderr")));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(out);
            throw e;
        }
    }

    /**
     * A JVM that exits while a run ends (Ctrl-C as the run's thread has already left the shutdown hook's
     * list of runs in flight, but not yet closed its files) still removes them: the JVM deletes such files
     * after every shutdown hook has run. A file already deleted costs nothing then.
     */
    private static Path removedAtExit(Path file) {
        file.toFile().deleteOnExit();
        return file;
    }

    public Path stdout() {
        return stdout;
    }

    public Path stderr() {
        return stderr;
    }

    /**
     * Reads what the run wrote, once it has ended: at most {@code capBytes} of each stream from its start,
     * and the real end of each stream that the cap cut (see {@link CapturedOutput}).
     */
    public CapturedOutput read(long capBytes) {
        byte[] out = readStdout(capBytes);
        byte[] err = readStderr(capBytes);
        return new CapturedOutput(out, err, readTail(stdout, out.length), readTail(stderr, err.length));
    }

    public byte[] readStdout(long capBytes) {
        return readCapped(stdout, capBytes);
    }

    public byte[] readStderr(long capBytes) {
        return readCapped(stderr, capBytes);
    }

    /**
     * Reads at most {@code capBytes} (0 = all) and cuts on a UTF-8 boundary. One byte past the cap is
     * read so that {@link Utf8Truncation} can tell whether the cap splits a character.
     */
    static byte[] readCapped(Path file, long capBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            if (capBytes == 0) {
                return in.readAllBytes();
            }
            int limit = (int) Math.min(capBytes, MAX_ARRAY_LENGTH - 1) + 1; // capBytes + 1 could overflow
            byte[] bytes = in.readNBytes(limit);
            return Utf8Truncation.truncate(bytes, bytes.length, capBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read captured output from " + file, e);
        }
    }

    /**
     * The last {@link CapturedOutput#TAIL_BYTES} of {@code file}, cut on a UTF-8 boundary, or nothing when its
     * first {@code keptBytes} are all of it. One byte more than the tail is read, so that a tail that starts
     * inside the file is seen to (and a character it splits dropped), like {@link #readCapped}'s byte past the cap.
     */
    static byte[] readTail(Path file, int keptBytes) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size <= keptBytes) {
                return new byte[0];
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, CapturedOutput.TAIL_BYTES + 1));
            channel.position(size - buffer.capacity());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a file never returns 0 bytes before its end; a process that outlived the run may still append
            }
            return Utf8Truncation.tail(buffer.array(), buffer.position(), CapturedOutput.TAIL_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the end of captured output from " + file, e);
        }
    }

    /** Deletes both files. A process that outlived the run may still hold them open; that is harmless. */
    @Override
    public void close() {
        deleteQuietly(stdout);
        deleteQuietly(stderr);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // On Windows a surviving process can keep the file locked; try again when the JVM exits.
            file.toFile().deleteOnExit();
        }
    }
}
