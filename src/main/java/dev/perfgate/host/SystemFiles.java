package dev.perfgate.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the kernel's small text files ({@code /proc}, {@code /sys}) under a root, so tests can hand in a fake
 * one. A file that cannot be read is {@code null}: a machine that does not tell is not an error.
 */
final class SystemFiles {

    /** {@code /proc/stat} of a 1024-CPU machine is ~100 KB; nothing read here is legitimately larger. */
    private static final int MAX_BYTES = 1 << 20;

    private final Path root;

    SystemFiles(Path root) {
        this.root = root;
    }

    /** The text of {@code path} (absolute, e.g. {@code /proc/stat}) under the root, or {@code null}. */
    String read(String path) {
        Path file = root.resolve(path.substring(1));
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first line of the file, trimmed, or {@code null} when unreadable or empty. */
    String firstLine(String path) {
        String text = read(path);
        if (text == null) {
            return null;
        }
        String line = text.lines().findFirst().orElse("").trim();
        return line.isEmpty() ? null : line;
    }
}
