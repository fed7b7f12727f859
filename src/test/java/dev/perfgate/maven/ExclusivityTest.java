package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.perfgate.lock.Exclusivity;
import dev.perfgate.paired.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class ExclusivityTest {

    @Test
    void acceptsTheThreeModesInAnyCase() throws Exception {
        assertEquals(Exclusivity.MACHINE, Exclusivity.fromConfigName("machine"));
        assertEquals(Exclusivity.JVM, Exclusivity.fromConfigName(" JVM "));
        assertEquals(Exclusivity.NONE, Exclusivity.fromConfigName("none"));
    }

    @Test
    void anythingElseNamesTheParameter() {
        InvalidConfigurationException e =
                assertThrows(InvalidConfigurationException.class, () -> Exclusivity.fromConfigName("host"));

        assertEquals("exclusive", e.parameter());
        assertEquals(
                "Invalid perfgate configuration: exclusive must be machine, jvm or none, got 'host'. Change"
                        + " <exclusive> / -Dperfgate.exclusive.",
                PerfgateErrors.invalidConfiguration(e).getMessage());
    }
}
