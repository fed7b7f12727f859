package dev.perfgate.receipt;

/**
 * The machine that ran the pairs, in the Rust tool's spellings ({@code linux}, {@code x86_64}).
 * Optional fields are omitted when unknown; {@code hostname_hash} only when asked for.
 */
public record HostInfo(String os, String arch, Integer cpuCount, Long memoryBytes, String hostnameHash) {}
