package dev.perfgate.metrics;

/**
 * A score JMH reported for one benchmark: its primary metric or a secondary one (e.g. from {@code -prof gc}).
 *
 * @param value the score, positive and finite
 * @param unit  JMH's unit, e.g. {@code ops/ms}, {@code ns/op}, {@code B/op}
 */
public record JmhScore(double value, String unit) {}
