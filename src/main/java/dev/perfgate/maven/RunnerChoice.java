package dev.perfgate.maven;

import dev.perfgate.host.HostDetails;
import dev.perfgate.host.OshiHostProbe;
import dev.perfgate.paired.HostProbe;
import dev.perfgate.process.JdkProcessRunner;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.receipt.HostInfo;

/** Wires the real adapters behind the use case's ports. */
final class RunnerChoice {

    private RunnerChoice() {
    }

    static ProcessRunner runner() {
        return new JdkProcessRunner();
    }

    static HostProbe hostProbe() {
        OshiHostProbe probe = new OshiHostProbe();
        return includeHostnameHash -> {
            HostDetails host = probe.probe(includeHostnameHash);
            return new HostInfo(host.os(), host.arch(), host.cpuCount(), host.memoryBytes(), host.hostnameHash());
        };
    }
}
