package dev.perfgate.paired.config;

/**
 * How the core's messages name a setting it advises to change. The core knows a setting by its key, the
 * request's name for it ({@code maxPairs}); from the API that is what the message says ({@link #KEYS}). A
 * front end that spells settings otherwise passes its own: the Maven goal names the POM element and its
 * user property (see {@code dev.perfgate.maven.PerfgateErrors}).
 */
@FunctionalInterface
public interface SettingNames {

    /** Settings named by their keys, as the API spells them. */
    SettingNames KEYS = key -> key;

    /** How to name the setting {@code key} in a message. */
    String of(String key);
}
