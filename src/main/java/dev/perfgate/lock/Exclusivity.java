package dev.perfgate.lock;

import dev.perfgate.paired.config.InvalidConfigurationException;
import java.util.Locale;

/** Which other benchmarks must not measure while this one does (the {@code exclusive} setting). */
public enum Exclusivity {
    /** None on this machine: a file lock in the system temp directory, plus the JVM-wide lock. */
    MACHINE,
    /** None in this Maven process (e.g. the other modules of a {@code -T 4} reactor). */
    JVM,
    /** No lock at all: the user accepts overlapping measurements. */
    NONE;

    String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Exclusivity fromConfigName(String value) throws InvalidConfigurationException {
        for (Exclusivity mode : values()) {
            if (value != null && mode.configName().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new InvalidConfigurationException(
                "exclusive", "exclusive must be machine, jvm or none, got '" + value + "'");
    }
}
