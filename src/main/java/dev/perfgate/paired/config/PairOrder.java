package dev.perfgate.paired.config;

import java.util.Locale;

/** Which side runs first within each pair. */
public enum PairOrder {
    /** Balanced (as many of each) and shuffled with the seed: position effects cancel out. */
    RANDOM,
    /** Baseline first, then current first, and so on: balanced but predictable. */
    ALTERNATE,
    /** Baseline always first, like upstream perfgate: any first-position effect becomes a fake change. */
    BASELINE_FIRST;

    /** The spelling in the POM and the receipt: {@code random}, {@code alternate}, {@code baseline-first}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PairOrder fromConfigName(String value) throws InvalidConfigurationException {
        for (PairOrder order : values()) {
            if (order.configName().equalsIgnoreCase(value.trim())) {
                return order;
            }
        }
        throw new InvalidConfigurationException(
                "order", "order must be random, alternate or baseline-first, got '" + value + "'");
    }
}
