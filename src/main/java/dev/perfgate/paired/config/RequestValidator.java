package dev.perfgate.paired.config;

import static dev.perfgate.paired.config.ConfigurationLimits.MAX_OUTPUT_CAP_BYTES;
import static dev.perfgate.paired.config.ConfigurationLimits.MAX_REPEAT;
import static dev.perfgate.paired.config.ConfigurationLimits.MAX_RETRIES;
import static dev.perfgate.paired.config.ConfigurationLimits.MAX_SIGNIFICANCE_MIN_SAMPLES;
import static dev.perfgate.paired.config.ConfigurationLimits.MAX_TIMEOUT;
import static dev.perfgate.paired.config.ConfigurationLimits.MAX_WARMUP;
import static dev.perfgate.paired.config.ConfigurationLimits.MIN_SIGNIFICANCE_ALPHA;
import static dev.perfgate.paired.config.ConfigurationLimits.MIN_TIMEOUT;

import dev.perfgate.receipt.SafeFileNames;
import dev.perfgate.receipt.Thresholds;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Checks a request before any command runs, so a bad setting costs the user seconds, not a whole
 * benchmark. Each error names the parameter to change.
 */
public final class RequestValidator {

    private RequestValidator() {}

    public static void validate(PairedRunRequest request) throws InvalidConfigurationException {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidConfigurationException("name", "name must not be empty");
        }
        requireFileSafe("name", request.name());
        requireCommand("baseline", request.baselineCommand());
        requireCommand("current", request.currentCommand());
        if (request.repeat() != null) {
            between("repeat", request.repeat(), 1, MAX_REPEAT);
        }
        between("warmup", request.warmup(), 0, MAX_WARMUP);
        if (request.maxRetries() != null) {
            between("maxRetries", request.maxRetries(), 0, MAX_RETRIES);
        }
        between("maxPairs", request.maxPairs(), 1, MAX_REPEAT);
        if (request.repeat() != null && LookPlanner.sequential(request) && request.repeat() > request.maxPairs()) {
            throw new InvalidConfigurationException(
                    "maxPairs",
                    "repeat (" + request.repeat()
                            + " pairs before the first look) exceeds maxPairs (" + request.maxPairs()
                            + "); raise maxPairs or lower repeat");
        }
        if (request.maxDuration() != null
                && (request.maxDuration().isZero() || request.maxDuration().isNegative())) {
            throw new InvalidConfigurationException("maxDuration", "maxDuration must be greater than 0, e.g. 2m");
        }
        between("significanceMinSamples", request.significanceMinSamples(), 2, MAX_SIGNIFICANCE_MIN_SAMPLES);
        // Each decision is one-sided at alpha, so the looks' two-sided levels add up to 2 alpha (< 1).
        significanceAlpha(request.significanceAlpha());
        if (request.shard() != null
                && request.repeat() == null
                && request.shard().share(request.maxPairs()) < 1) {
            throw new InvalidConfigurationException(
                    "maxPairs",
                    "maxPairs (" + request.maxPairs() + ") leaves no pair"
                            + " to shard " + request.shard()
                            + "; give each shard its pairs with repeat, or raise maxPairs to"
                            + " at least " + request.shard().count());
        }
        if (request.alphaSpending() == null) {
            throw new InvalidConfigurationException("alphaSpending", "alphaSpending must be set");
        }
        if (request.cvThreshold() != null && !(request.cvThreshold() > 0 && Double.isFinite(request.cvThreshold()))) {
            throw new InvalidConfigurationException(
                    "cvThreshold", "cvThreshold must be greater than 0, e.g. 0.3; got " + request.cvThreshold());
        }
        thresholds(request.thresholds());
        if (request.outputCapBytes() < 0 || request.outputCapBytes() > MAX_OUTPUT_CAP_BYTES) {
            throw new InvalidConfigurationException(
                    "outputCapBytes",
                    "outputCapBytes must be between 0 (keep all, up to " + MAX_OUTPUT_CAP_BYTES + ") and "
                            + MAX_OUTPUT_CAP_BYTES + " bytes; got " + request.outputCapBytes());
        }
        if (ConfigurationLimits.outputHeldAtMost(request) > ConfigurationLimits.MAX_OUTPUT_HELD_BYTES) {
            throw new InvalidConfigurationException(
                    "outputCapBytes",
                    "outputCapBytes "
                            + ConfigurationLimits.keptOutputBytes(request.outputCapBytes()) + " per stream over up to "
                            + ConfigurationLimits.plannedPairs(request) + " pairs could hold "
                            + ConfigurationLimits.outputHeldAtMost(request) / (1024 * 1024)
                            + " MiB of output in memory; at most "
                            + ConfigurationLimits.MAX_OUTPUT_HELD_BYTES / (1024 * 1024)
                            + " MiB: lower outputCapBytes (0 means"
                            + " 1 MiB), maxPairs (or repeat) or warmup");
        }
        if (request.timeout() != null
                && (request.timeout().compareTo(MIN_TIMEOUT) < 0
                        || request.timeout().compareTo(MAX_TIMEOUT) > 0)) {
            throw new InvalidConfigurationException(
                    "timeout",
                    "timeout must be between " + MIN_TIMEOUT.toMillis()
                            + "ms and " + MAX_TIMEOUT.toDays()
                            + " days, e.g. 30s (a shorter one expires before a command has"
                            + " even started); got " + request.timeout());
        }
        if (request.workUnits() != null && request.workUnits() < 1) {
            throw new InvalidConfigurationException(
                    "workUnits", "workUnits must be 1 or more; got " + request.workUnits());
        }
        if (request.workingDirectory() != null && !Files.isDirectory(request.workingDirectory())) {
            throw new InvalidConfigurationException(
                    "workingDirectory",
                    "workingDirectory " + request.workingDirectory() + " is not an existing directory");
        }
        if (request.onInconclusive() == null) {
            throw new InvalidConfigurationException("onInconclusive", "onInconclusive must be warn, fail or pass");
        }
        if (request.order() == null) {
            throw new InvalidConfigurationException("order", "order must be random, alternate or baseline-first");
        }
        MetricDefinitionValidator.validate(request);
    }

    /**
     * The rule for anything that names a file or a repository artifact ({@code name}, {@code classifier}):
     * letters, digits, '.', '_' and '-', so no space, ':' or '/' makes an odd file in a repository.
     */
    public static void requireFileSafe(String parameter, String value) throws InvalidConfigurationException {
        Optional<String> problem = SafeFileNames.problem(parameter, value);
        if (problem.isPresent()) {
            throw new InvalidConfigurationException(parameter, problem.get());
        }
    }

    private static void requireCommand(String side, java.util.List<String> argv) throws InvalidConfigurationException {
        if (argv.isEmpty() || argv.get(0) == null || argv.get(0).isBlank()) {
            throw new InvalidConfigurationException(
                    side,
                    "the " + side + " command is empty: give it as a list (" + side + "Command) or as one string ("
                            + side + ")");
        }
    }

    private static void between(String parameter, int value, int minimum, int maximum)
            throws InvalidConfigurationException {
        if (value < minimum || value > maximum) {
            throw new InvalidConfigurationException(
                    parameter, parameter + " must be between " + minimum + " and " + maximum + "; got " + value);
        }
    }

    public static void significanceAlpha(double alpha) throws InvalidConfigurationException {
        if (!(alpha >= MIN_SIGNIFICANCE_ALPHA && alpha < 0.5)) {
            throw new InvalidConfigurationException(
                    "significanceAlpha",
                    "significanceAlpha must be at least " + MIN_SIGNIFICANCE_ALPHA + " and below 0.5, e.g. 0.05; got "
                            + alpha);
        }
    }

    /** {@link Thresholds#RULE}, naming the first setting that breaks it. */
    public static void thresholds(Thresholds thresholds) throws InvalidConfigurationException {
        Optional<String> invalid = thresholds.firstInvalid();
        if (invalid.isPresent()) {
            String setting = invalid.get();
            throw new InvalidConfigurationException(
                    setting,
                    setting + " is " + PlainNumbers.plain(thresholds.bySetting().get(setting)) + "; "
                            + Thresholds.RULE);
        }
    }
}
