package dev.perfgate.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.receipt.HostInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Probes the machine the tests run on. */
class OshiHostProbeTest {

    private final OshiHostProbe probe = new OshiHostProbe();

    @Test
    @EnabledOnOs(OS.LINUX)
    void describesThisLinuxHostAsTheKernelDoes() throws Exception {
        HostInfo host = probe.probe(false);

        // Independent answers: the kernel's own files, read without OSHI.
        long processors = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.matches("processor\\s*:.*"))
                .count();
        long memTotalKib = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
        assertEquals("linux", host.os());
        assertEquals(processors, host.cpuCount().longValue());
        assertEquals(memTotalKib * 1024, host.memoryBytes());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void linuxFilesGiveWhatOshiGives() {
        // The probe reads /proc instead of starting OSHI: receipts must not change because of it.
        HostInfo fromFiles = probe.probe(true);
        HostInfo fromOshi = new OshiHostProbe(oshi.SystemInfo::new).probe(true);

        assertEquals(fromOshi, fromFiles);
        assertNotNull(fromFiles.memoryBytes(), "OSHI reads the memory on Linux, and so do the files");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void archIsTheMachinesInRustSpelling() throws Exception {
        // uname -m spells some machines differently from Rust's std::env::consts::ARCH (and the JVM's os.arch).
        Map<String, String> rustSpelling = Map.of(
                "x86_64",
                "x86_64",
                "amd64",
                "x86_64",
                "aarch64",
                "aarch64",
                "arm64",
                "aarch64",
                "riscv64",
                "riscv64",
                "s390x",
                "s390x",
                "ppc64le",
                "powerpc64");
        String machine = command("uname", "-m");
        assertTrue(rustSpelling.containsKey(machine), "add the Rust spelling of uname -m '" + machine + "' here");

        assertEquals(rustSpelling.get(machine), probe.probe(false).arch());
    }

    @Test
    void hostnameHashIsLeftOutUnlessRequested() {
        assertNull(probe.probe(false).hostnameHash());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void hostnameHashIsTheSha256OfTheHostnameWhenRequested() throws Exception {
        String hash = probe.probe(true).hostnameHash();

        // uname -n prints the node name that gethostname(2) returns, without OSHI or the JDK's resolver.
        assertEquals(sha256Hex(command("uname", "-n")), hash);
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
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private static String command(String... argv) throws Exception {
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), String.join(" ", argv) + ": " + output);
        return output;
    }
}
