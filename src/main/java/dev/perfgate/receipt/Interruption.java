package dev.perfgate.receipt;

/**
 * Why and when a run was cut short (Ctrl-C, SIGTERM, a CI job's time limit). The receipt of an interrupted
 * run holds its complete pairs only, and no verdict: nothing may read it as a pass. Added to v1 as
 * {@code run.interrupted}.
 *
 * @param reason what stopped it, in words
 * @param at     when, RFC 3339 UTC
 */
public record Interruption(String reason, String at) {}
