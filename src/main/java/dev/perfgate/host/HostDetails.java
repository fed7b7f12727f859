package dev.perfgate.host;

/**
 * What the receipt records about the machine that ran the benchmark. Absent values are {@code null}
 * and are omitted from the receipt, never guessed.
 *
 * @param os           operating system in Rust's spelling: {@code linux}, {@code macos}, {@code windows}, ...
 * @param arch         CPU architecture in Rust's spelling: {@code x86_64}, {@code aarch64}, ...
 * @param cpuCount     logical processors, or {@code null} if unknown
 * @param memoryBytes  total physical memory in bytes, or {@code null} if unknown
 * @param hostnameHash lowercase hex SHA-256 of the hostname, or {@code null} when not requested or unknown
 */
public record HostDetails(String os, String arch, Integer cpuCount, Long memoryBytes, String hostnameHash) {
}
