package dev.perfgate.files;

import dev.perfgate.paired.config.InvalidConfigurationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before the first run, that the receipt (and its Markdown report) can be written where the
 * user asked: otherwise the problem would only show after every pair has run, and the measurements
 * would be lost. Creates the receipt's folder now for the same reason.
 */
public final class OutputFileCheck {

    /**
     * Longest receipt file name in bytes: the temporary file beside it adds a dot, a random part and
     * {@code .tmp} (14 bytes), and a file name holds 255 bytes on every common file system.
     */
    static final int MAX_FILE_NAME_BYTES = 200;

    private OutputFileCheck() {}

    /**
     * @param receipt  the receipt's absolute path
     * @param markdown the report's path beside it, or {@code null} when no report is written
     */
    public static void check(Path receipt, Path markdown) throws InvalidConfigurationException {
        if (receipt.getFileName() == null) {
            throw invalid(receipt + " names no file");
        }
        int nameBytes = receipt.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes > MAX_FILE_NAME_BYTES) {
            throw invalid("the file name of " + receipt + " is " + nameBytes + " bytes long; at most "
                    + MAX_FILE_NAME_BYTES + " leave room for the temporary file written beside it");
        }
        replaceableFile(receipt, "the receipt");
        if (markdown != null) {
            replaceableFile(markdown, "the Markdown report beside the receipt");
        }
        creatableFolder(receipt.getParent());
    }

    /** Only a regular file (or a link to one) is ever replaced: never a directory, a device or a pipe. */
    private static void replaceableFile(Path file, String what) throws InvalidConfigurationException {
        if (Files.isDirectory(file)) {
            throw invalid(what + " would replace " + file + ", which is a directory; name a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw invalid(what + " would replace " + file + ", which is not a regular file (a device, a pipe or"
                    + " a socket); perfgate only ever replaces regular files");
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw invalid(what + " would replace " + file + ", a link to nothing; remove it or name another file");
        }
    }

    /**
     * The folder exists or can be created: its nearest existing ancestor is a writable directory. Nothing is
     * created here, so a configuration error found later (before any run) leaves nothing behind; the writer
     * creates the folder with the receipt.
     */
    private static void creatableFolder(Path folder) throws InvalidConfigurationException {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw invalid("the folder " + folder + " cannot be created: " + existing + " is a file, not a directory");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw invalid(
                    existing.equals(folder)
                            ? "the folder " + folder + " is not writable"
                            : "the folder " + folder + " cannot be created: " + existing + " is not writable");
        }
    }

    private static InvalidConfigurationException invalid(String message) {
        return new InvalidConfigurationException("outputFile", message);
    }
}
