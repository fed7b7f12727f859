package dev.perfgate.metrics;

/** A JMH result file that cannot be read, with a message that says where and what was found. */
public final class JmhResultException extends Exception {
    public JmhResultException(String message) {
        super(message);
    }
}
