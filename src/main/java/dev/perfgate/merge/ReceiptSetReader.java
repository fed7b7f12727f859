package dev.perfgate.merge;

import dev.perfgate.receipt.ReceiptFormatException;
import dev.perfgate.receipt.ReceiptReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the receipts of a merge, each as its own stratum, and checks that they belong together
 * ({@link ReceiptCompatibility}). Receipts upstream perfgate wrote are read as {@code perfgate:analyze}
 * reads them.
 */
public final class ReceiptSetReader {
    /** A receipt of 100,000 pairs is about 60 MB; anything far beyond is not a receipt we wrote. */
    static final long MAX_RECEIPT_BYTES = 256L * 1024 * 1024;

    private final ReceiptReader reader = new ReceiptReader();

    /**
     * Reads and checks the receipts.
     *
     * @param files     the receipt files, e.g. from {@link ReceiptGlobs#expand}
     * @param base      the directory names are given relative to
     * @param overridden which settings the merge sets itself, so receipts may differ in them
     * @return one stratum per receipt, in the order given
     * @throws ReceiptSetException when a file cannot be read as a receipt, or the receipts do not belong together
     */
    public List<MergeStratum> read(List<Path> files, Path base, ReceiptCompatibility.Overridden overridden)
            throws ReceiptSetException {
        List<MergeStratum> strata = new ArrayList<>();
        for (Path file : files) {
            MergeStratum stratum = new MergeStratum(nameOf(file, base), file, readOne(file));
            if (stratum.receipt().merge() != null) {
                throw new ReceiptSetException(
                        "receipts: " + stratum.name() + " is a merged receipt; its pairs come from"
                                + " several machines and would count as one. Merge the shards' own receipts instead (to judge"
                                + " them again with other settings, merge them again with those settings)");
            }
            strata.add(stratum);
        }
        new ReceiptCompatibility(overridden).check(strata);
        return List.copyOf(strata);
    }

    private dev.perfgate.receipt.PairedRunReceipt readOne(Path file) throws ReceiptSetException {
        try {
            long size = Files.size(file);
            if (size > MAX_RECEIPT_BYTES) {
                throw new ReceiptSetException(
                        "receipts: " + file + " is " + size / (1024 * 1024) + " MiB, more than any receipt of "
                                + MAX_RECEIPT_BYTES / (1024 * 1024) + " MiB; is it a receipt?");
            }
            return reader.read(file);
        } catch (IOException e) {
            throw new ReceiptSetException("receipts: cannot read " + file + ": " + e.getMessage());
        } catch (ReceiptFormatException e) {
            throw new ReceiptSetException(
                    "receipts: " + file + " is not a receipt perfgate can merge: " + e.getMessage());
        }
    }

    /** The path relative to the base when under it (forward slashes), else the absolute path. */
    static String nameOf(Path file, Path base) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path name = file.startsWith(absoluteBase) ? absoluteBase.relativize(file) : file;
        return name.toString().replace('\\', '/');
    }
}
