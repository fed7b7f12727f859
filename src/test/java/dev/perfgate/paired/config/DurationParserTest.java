package dev.perfgate.paired.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationParserTest {

    @ParameterizedTest
    @CsvSource({
        "500ms, 500000000",
        "2s, 2000000000",
        "1.5s, 1500000000",
        "1m, 60000000000",
        "1h, 3600000000000",
        "250us, 250000",
        "PT2S, 2000000000",
        "pt0.5s, 500000000",
        "' 3s ', 3000000000",
    })
    void parsesWhatUsersWrite(String text, long nanos) throws Exception {
        assertEquals(Duration.ofNanos(nanos), DurationParser.parse("timeout", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "5", "5 parsecs", "-2s", "P", "PTXS"})
    void rejectsNonDurationsNamingTheParameter(String text) {
        InvalidConfigurationException error =
                assertThrows(InvalidConfigurationException.class, () -> DurationParser.parse("timeout", text));
        assertEquals("timeout", error.parameter());
        assertTrue(error.getMessage().contains("500ms"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0ms", "PT0S", "PT-1S"})
    void rejectsZeroAndNegative(String text) {
        InvalidConfigurationException error =
                assertThrows(InvalidConfigurationException.class, () -> DurationParser.parse("timeout", text));
        assertTrue(error.getMessage().contains("greater than 0"), error.getMessage());
    }
}
