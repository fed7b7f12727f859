package dev.perfgate.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.receipt.HostInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import oshi.SystemInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Probes the machine the tests run on. */
class OshiHostProbeTest {

    private final OshiHostProbe probe = new OshiHostProbe();

    @Test
    @EnabledOnOs(OS.LINUX)
    void describesThisLinuxHost() {
        HostInfo host = probe.probe(false);

        assertEquals("linux", host.os());
        assertFalse(host.arch().isBlank());
        assertEquals(host.arch().toLowerCase(Locale.ROOT), host.arch());
        assertNotNull(host.cpuCount());
        assertTrue(host.cpuCount() >= 1, "cpuCount " + host.cpuCount());
        assertEquals(new SystemInfo().getHardware().getProcessor().getLogicalProcessorCount(), host.cpuCount());
        assertNotNull(host.memoryBytes());
        assertTrue(host.memoryBytes() > 0, "memoryBytes " + host.memoryBytes());
    }

    @Test
    void archIsTheJvmsArchInRustSpelling() {
        assertEquals(OsArchNames.arch(System.getProperty("os.arch")), probe.probe(false).arch());
    }

    @Test
    void hostnameHashIsLeftOutUnlessRequested() {
        assertNull(probe.probe(false).hostnameHash());
    }

    @Test
    void hostnameHashIsTheSha256OfTheHostnameWhenRequested() throws Exception {
        String hash = probe.probe(true).hostnameHash();

        assertNotNull(hash);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        String hostname = new SystemInfo().getOperatingSystem().getNetworkParams().getHostName();
        assertEquals(sha256Hex(hostname), hash);
    }

    @Test
    void hostnameHashIsSha256InLowercaseHex() throws Exception {
        // Known answer: SHA-256("abc") from FIPS 180-2.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", HostnameHash.of("abc"));
    }

    @Test
    void withoutOshiFallsBackToTheJvmAndOmitsMemory() throws Exception {
        OshiHostProbe withoutJna = new OshiHostProbe(() -> {
            throw new UnsatisfiedLinkError("no jnidispatch in java.library.path");
        });

        HostInfo host = withoutJna.probe(true);

        assertEquals(OsArchNames.os(System.getProperty("os.name")), host.os());
        assertEquals(Runtime.getRuntime().availableProcessors(), host.cpuCount());
        assertNull(host.memoryBytes());
        assertEquals(jvmHostnameHash(), host.hostnameHash());
    }

    /** The hash the fallback must produce: of the JVM's hostname, or none where it cannot resolve one. */
    private static String jvmHostnameHash() throws Exception {
        try {
            return sha256Hex(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String sha256Hex(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
