package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfgate.paired.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

/** The core names settings by key; the goal says which POM element or property to change. */
class PerfgateErrorsTest {

    @Test
    void aSettingKeyBecomesItsElementAndProperty() {
        assertEquals("<maxPairs> / -Dperfgate.maxPairs", PerfgateErrors.SETTING_NAMES.of("maxPairs"));
        assertEquals("<metrics>", PerfgateErrors.SETTING_NAMES.of("metrics"));
    }

    @Test
    void anEmptyCommandPointsAtBothItsForms() {
        String message = PerfgateErrors.invalidConfiguration(
                        new InvalidConfigurationException("baseline", "the baseline command is empty"))
                .getMessage();
        assertEquals(
                "Invalid perfgate configuration: the baseline command is empty. Change <baseline> /"
                        + " -Dperfgate.baseline (or <baselineCommand><arg>…</arg></baselineCommand>).",
                message);
    }
}
