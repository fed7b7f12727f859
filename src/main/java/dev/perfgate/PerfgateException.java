package dev.perfgate;

/**
 * Base of the typed errors the core raises when it cannot do the job (as opposed to a gate that says
 * no, which is an outcome, not an exception). The Maven adapter turns each into one clear message.
 */
public abstract class PerfgateException extends Exception {
    private static final long serialVersionUID = 1L;

    protected PerfgateException(String message) {
        super(message);
    }

    protected PerfgateException(String message, Throwable cause) {
        super(message, cause);
    }
}
