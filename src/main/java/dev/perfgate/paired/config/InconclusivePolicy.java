package dev.perfgate.paired.config;

import java.util.Locale;

/** What an INCONCLUSIVE verdict does to the build. */
public enum InconclusivePolicy {
    /** Log a warning, pass the build (default: noisy machines should not break builds by chance). */
    WARN,
    /** Fail the build: only a proven PASS passes. */
    FAIL,
    /** Pass silently. */
    PASS;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InconclusivePolicy fromConfigName(String value) throws InvalidConfigurationException {
        for (InconclusivePolicy policy : values()) {
            if (policy.configName().equalsIgnoreCase(value.trim())) {
                return policy;
            }
        }
        throw new InvalidConfigurationException(
                "onInconclusive", "onInconclusive must be warn, fail or pass, got '" + value + "'");
    }
}
