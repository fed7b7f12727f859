package dev.perfgate.maven;

import dev.perfgate.host.HostDetails;
import dev.perfgate.host.OshiHostProbe;
import dev.perfgate.paired.HostProbe;
import dev.perfgate.paired.InvalidConfigurationException;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.ProcessRunners;
import dev.perfgate.receipt.HostInfo;

/** Wires the real adapters behind the use case's ports. */
final class RunnerChoice {

    private RunnerChoice() {
    }

    /** @param mode {@code auto}, {@code posix} or {@code jdk} */
    static ProcessRunner runner(String mode) throws InvalidConfigurationException {
        try {
            return ProcessRunners.select(mode == null ? ProcessRunners.AUTO : mode.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("runner", e.getMessage());
        }
    }

    static HostProbe hostProbe() {
        OshiHostProbe probe = new OshiHostProbe();
        return includeHostnameHash -> {
            HostDetails host = probe.probe(includeHostnameHash);
            return new HostInfo(host.os(), host.arch(), host.cpuCount(), host.memoryBytes(), host.hostnameHash());
        };
    }
}
