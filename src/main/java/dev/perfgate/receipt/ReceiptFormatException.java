package dev.perfgate.receipt;

import dev.perfgate.PerfgateException;

/**
 * A receipt cannot be read or judged as it is: not JSON, another schema, a field v1 requires is missing
 * or has the wrong type, or a recorded setting is out of range. The message is in the user's terms and
 * names the field (e.g. {@code samples[3].baseline.timed_out}); the caller adds the file.
 */
public final class ReceiptFormatException extends PerfgateException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ReceiptFormatException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The JSON path of the field at fault, e.g. {@code config.looks}; {@code null} for the whole file. */
    public String field() {
        return field;
    }
}
