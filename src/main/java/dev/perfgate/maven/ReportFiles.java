package dev.perfgate.maven;

import dev.perfgate.receipt.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes the human and CI reports beside the receipt, each whole or not at all. A report that cannot be
 * written is a warning, never a failure: the receipt is what counts.
 */
final class ReportFiles {

    private final Log log;

    ReportFiles(Log log) {
        this.log = log;
    }

    /** {@code x.paired.json} → {@code x.paired<extension>}, e.g. {@code .md}, {@code .html}. */
    static Path besideReceipt(Path receiptFile, String extension) {
        String name = receiptFile.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return receiptFile.resolveSibling(base + extension);
    }

    /**
     * Writes the report; when it cannot, removes the one an earlier build left, which would describe an
     * older receipt.
     *
     * @param what names the report in the log, e.g. "HTML report"
     */
    void write(Path target, String text, String what) {
        try {
            AtomicFiles.write(target, text);
            log.info(what + ": " + target);
        } catch (IOException e) {
            log.warn("Cannot write " + target + " (" + what + "): " + e.getMessage());
            removeStale(target, what);
        }
    }

    /** Removes a report an earlier build left (a regular file only), so none describes an older receipt. */
    void removeStale(Path target, String what) {
        try {
            if (AtomicFiles.deleteIfRegularFile(target)) {
                log.info("Removed " + target + ": it described an earlier receipt");
            }
        } catch (IOException e) {
            log.warn("Cannot remove the stale " + what + " " + target + ": " + e.getMessage());
        }
    }
}
