package dev.perfgate.receipt;

/** v1 floating-point summary: median, min, max, mean, sample SD. */
public record F64Summary(double median, double min, double max, Double mean, Double stddev) {}
