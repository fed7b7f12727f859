package dev.perfgate.receipt;

/**
 * v1 noise diagnostics, present when retries were allowed. {@code cv} is the SD of the wall
 * differences over the absolute mean difference, as in v1 (0 when the mean is 0).
 */
public record NoiseDiagnostics(double cv, String noiseLevel, long retriesUsed, boolean earlyTermination) {}
