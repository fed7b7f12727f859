package dev.perfgate.paired;

import dev.perfgate.receipt.HostInfo;

/** Describes the machine the pairs run on. A port so tests need no real host. */
public interface HostProbe {

    /** @param includeHostnameHash add the SHA-256 of the hostname (off by default: it identifies the machine) */
    HostInfo probe(boolean includeHostnameHash);
}
