package dev.perfgate.receipt;

/** v1 integer summary: median (floor of the midpoint for even counts), min, max, mean, sample SD. */
public record U64Summary(long median, long min, long max, Double mean, Double stddev) {}
