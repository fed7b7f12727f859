package dev.perfgate.merge;

import dev.perfgate.PerfgateException;

/**
 * The receipts given to a merge cannot be merged: a pattern matches nothing, a file is not a receipt,
 * receipts of different benchmarks or settings, or one run given twice. The message names the files
 * and the difference, so the user can tell which download or glob is wrong.
 */
public final class ReceiptSetException extends PerfgateException {
    private static final long serialVersionUID = 1L;

    public ReceiptSetException(String message) {
        super(message);
    }
}
