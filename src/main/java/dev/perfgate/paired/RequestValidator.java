package dev.perfgate.paired;

import java.nio.file.Files;

/**
 * Checks a request before any command runs, so a bad setting costs the user seconds, not a whole
 * benchmark. Each error names the parameter to change.
 */
public final class RequestValidator {

    private RequestValidator() {
    }

    public static void validate(PairedRunRequest request) throws InvalidConfigurationException {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidConfigurationException("name", "name must not be empty");
        }
        if (!request.name().matches("[A-Za-z0-9._-]+")) {
            throw new InvalidConfigurationException("name", "name '" + request.name()
                    + "' may only contain letters, digits, '.', '_' and '-' (it names the receipt file and classifier)");
        }
        requireCommand("baseline", request.baselineCommand());
        requireCommand("current", request.currentCommand());
        if (request.repeat() != null) {
            atLeast("repeat", request.repeat(), 1);
        }
        atLeast("warmup", request.warmup(), 0);
        if (request.maxRetries() != null) {
            atLeast("maxRetries", request.maxRetries(), 0);
        }
        atLeast("maxPairs", request.maxPairs(), 1);
        if (request.repeat() != null && LookPlanner.sequential(request) && request.repeat() > request.maxPairs()) {
            throw new InvalidConfigurationException("maxPairs", "repeat (" + request.repeat()
                    + " pairs before the first look) exceeds maxPairs (" + request.maxPairs()
                    + "); raise maxPairs or lower repeat");
        }
        if (request.maxDuration() != null && (request.maxDuration().isZero() || request.maxDuration().isNegative())) {
            throw new InvalidConfigurationException("maxDuration", "maxDuration must be greater than 0, e.g. 2m");
        }
        atLeast("significanceMinSamples", request.significanceMinSamples(), 2);
        // Each decision is one-sided at alpha, so the looks' two-sided levels add up to 2 alpha (< 1).
        if (!(request.significanceAlpha() > 0 && request.significanceAlpha() < 0.5)) {
            throw new InvalidConfigurationException("significanceAlpha",
                    "significanceAlpha must be between 0 and 0.5 (exclusive), e.g. 0.05; got " + request.significanceAlpha());
        }
        if (request.alphaSpending() == null) {
            throw new InvalidConfigurationException("alphaSpending", "alphaSpending must be set");
        }
        if (request.cvThreshold() != null && !(request.cvThreshold() > 0 && Double.isFinite(request.cvThreshold()))) {
            throw new InvalidConfigurationException("cvThreshold",
                    "cvThreshold must be greater than 0, e.g. 0.3; got " + request.cvThreshold());
        }
        threshold("failOnRegression", request.failOnRegression());
        threshold("failOnCpuRegression", request.failOnCpuRegression());
        threshold("failOnMemoryRegression", request.failOnMemoryRegression());
        if (request.outputCapBytes() < 0) {
            throw new InvalidConfigurationException("outputCapBytes",
                    "outputCapBytes must be 0 (keep all) or more; got " + request.outputCapBytes());
        }
        if (request.timeout() != null && (request.timeout().isZero() || request.timeout().isNegative())) {
            throw new InvalidConfigurationException("timeout", "timeout must be greater than 0, e.g. 30s");
        }
        if (request.workUnits() != null && request.workUnits() < 1) {
            throw new InvalidConfigurationException("workUnits", "workUnits must be 1 or more; got " + request.workUnits());
        }
        if (request.workingDirectory() != null && !Files.isDirectory(request.workingDirectory())) {
            throw new InvalidConfigurationException("workingDirectory",
                    "workingDirectory " + request.workingDirectory() + " is not an existing directory");
        }
        if (request.onInconclusive() == null) {
            throw new InvalidConfigurationException("onInconclusive", "onInconclusive must be warn, fail or pass");
        }
        if (request.order() == null) {
            throw new InvalidConfigurationException("order", "order must be random, alternate or baseline-first");
        }
    }

    private static void requireCommand(String side, java.util.List<String> argv) throws InvalidConfigurationException {
        if (argv.isEmpty() || argv.get(0) == null || argv.get(0).isBlank()) {
            throw new InvalidConfigurationException(side,
                    "the " + side + " command is empty: give it as <" + side + "Command><arg>…</arg></" + side
                            + "Command> or as one string in <" + side + "> / -Dperfgate." + side);
        }
    }

    private static void atLeast(String parameter, int value, int minimum) throws InvalidConfigurationException {
        if (value < minimum) {
            throw new InvalidConfigurationException(parameter,
                    parameter + " must be " + minimum + " or more; got " + value);
        }
    }

    static void threshold(String parameter, Double percent) throws InvalidConfigurationException {
        if (percent != null && !(percent >= 0 && Double.isFinite(percent))) {
            throw new InvalidConfigurationException(parameter,
                    parameter + " is a percentage and must be 0 or more, e.g. 5.0; got " + percent);
        }
    }
}
