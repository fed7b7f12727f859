package dev.perfgate.paired.config;

import dev.perfgate.PerfgateException;

/**
 * A setting is out of range or contradicts another. Names the parameter (the POM element and, by
 * the plugin's convention, the {@code perfgate.<parameter>} property) so the user knows what to change.
 */
public final class InvalidConfigurationException extends PerfgateException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidConfigurationException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter at fault, e.g. {@code repeat}. */
    public String parameter() {
        return parameter;
    }
}
