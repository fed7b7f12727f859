package dev.perfgate.receipt;

/**
 * When and where the run happened.
 *
 * @param runner the process runner that measured the runs ({@code posix} or {@code jdk}); added to v1
 */
public record RunMeta(String id, String startedAt, String endedAt, HostInfo host, String runner) {
}
