package dev.perfgate.paired.config;

import static dev.perfgate.paired.config.Requests.request;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestValidatorTest {

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                bad("repeat", b -> b.repeat(0)),
                bad("warmup", b -> b.warmup(-1)),
                bad("significanceAlpha", b -> b.significanceAlpha(0)),
                bad("significanceAlpha", b -> b.significanceAlpha(1)),
                bad("significanceAlpha", b -> b.significanceAlpha(Double.NaN)),
                bad("significanceMinSamples", b -> b.significanceMinSamples(1)),
                bad("maxRetries", b -> b.maxRetries(-1)),
                bad("cvThreshold", b -> b.cvThreshold(0.0)),
                bad("failOnRegression", b -> b.threshold("wall_time", -1.0)),
                bad("failOnCpuRegression", b -> b.threshold("cpu_time", Double.POSITIVE_INFINITY)),
                bad("failOnMemoryRegression", b -> b.threshold("peak_memory", -0.5)),
                bad("outputCapBytes", b -> b.outputCapBytes(-1)),
                bad("outputCapBytes", b -> b.outputCapBytes(Long.MAX_VALUE)),
                bad("outputCapBytes", b -> b.outputCapBytes(ConfigurationLimits.MAX_OUTPUT_CAP_BYTES + 1)),
                bad("timeout", b -> b.timeout(Duration.ZERO)),
                bad("timeout", b -> b.timeout(Duration.ofNanos(1))),
                bad("timeout", b -> b.timeout(Duration.ofNanos(1_500_000))),
                bad("timeout", b -> b.timeout(Duration.ofMillis(9))),
                bad("timeout", b -> b.timeout(Duration.ofDays(8))),
                // 100 pairs of 1 MiB per stream: 400 MiB held in memory
                bad("outputCapBytes", b -> b.repeat(100).outputCapBytes(0)),
                bad(
                        "outputCapBytes",
                        b -> b.repeat(ConfigurationLimits.MAX_REPEAT).warmup(ConfigurationLimits.MAX_WARMUP)),
                bad("timeout", b -> b.timeout(Duration.ofSeconds(Long.MAX_VALUE))),
                bad("repeat", b -> b.repeat(Integer.MAX_VALUE)),
                bad("warmup", b -> b.warmup(Integer.MAX_VALUE)),
                bad("maxRetries", b -> b.maxRetries(Integer.MAX_VALUE)),
                bad("maxRetries", b -> b.maxRetries(ConfigurationLimits.MAX_RETRIES + 1)),
                bad("significanceMinSamples", b -> b.significanceMinSamples(Integer.MAX_VALUE)),
                bad("significanceAlpha", b -> b.significanceAlpha(1e-17)),
                bad("significanceAlpha", b -> b.significanceAlpha(ConfigurationLimits.MIN_SIGNIFICANCE_ALPHA / 2)),
                bad("name", b -> b.name("n".repeat(ConfigurationLimits.MAX_NAME_LENGTH + 1))),
                bad("workUnits", b -> b.workUnits(0L)),
                bad("baseline", b -> b.baselineCommand(List.of())),
                bad("current", b -> b.currentCommand(List.of(" "))),
                bad("name", b -> b.name("has space")),
                bad("workingDirectory", b -> b.workingDirectory(Path.of("/no/such/perfgate/dir"))));
    }

    private static Arguments bad(String parameter, UnaryOperator<PairedRunRequest.Builder> change) {
        return Arguments.of(parameter, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void eachInvalidSettingNamesItsParameter(String parameter, UnaryOperator<PairedRunRequest.Builder> change) {
        InvalidConfigurationException error = assertThrows(
                InvalidConfigurationException.class,
                () -> RequestValidator.validate(change.apply(request()).build()));
        assertEquals(parameter, error.parameter(), error.getMessage());
    }

    @Test
    void theLargestCountsAreValidWithASmallOutputCap() {
        assertDoesNotThrow(() -> RequestValidator.validate(request()
                .repeat(ConfigurationLimits.MAX_REPEAT)
                .warmup(ConfigurationLimits.MAX_WARMUP)
                .requireSignificance(true)
                .maxRetries(ConfigurationLimits.MAX_RETRIES)
                .maxPairs(ConfigurationLimits.MAX_REPEAT)
                .significanceAlpha(ConfigurationLimits.MIN_SIGNIFICANCE_ALPHA)
                .outputCapBytes(1024)
                .build()));
    }

    @Test
    void defaultsAreValid() {
        assertDoesNotThrow(() -> RequestValidator.validate(request().build()));
    }

    @Test
    void boundaryValuesAreValid() {
        assertDoesNotThrow(() -> RequestValidator.validate(request()
                .repeat(1)
                .warmup(0)
                .significanceMinSamples(2)
                .threshold("wall_time", 0.0)
                .outputCapBytes(0)
                .maxRetries(0)
                .build()));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"has space", "a:b", "a/b", "..", ""})
    void aClassifierFollowsTheNameRule(String classifier) {
        InvalidConfigurationException error = assertThrows(
                InvalidConfigurationException.class, () -> RequestValidator.requireFileSafe("classifier", classifier));
        assertEquals("classifier", error.parameter());
    }

    @Test
    void aFileSafeClassifierIsAccepted() {
        assertDoesNotThrow(() -> RequestValidator.requireFileSafe("classifier", "perfgate-startup_1.2"));
    }
}
