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

    /**
     * Files an INCONCLUSIVE metric's reason where this policy sends it: a failure of the build, a warning, or
     * nowhere. The one place that words it, for every gate that can end INCONCLUSIVE.
     */
    public void file(String why, java.util.List<String> failures, java.util.List<String> warnings) {
        switch (this) {
            case FAIL -> failures.add("INCONCLUSIVE (onInconclusive=fail): " + why);
            case WARN -> warnings.add("INCONCLUSIVE: " + why);
            case PASS -> {}
        }
    }

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
