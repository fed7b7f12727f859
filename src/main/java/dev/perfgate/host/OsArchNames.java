package dev.perfgate.host;

import java.util.Locale;

/**
 * Translates the JVM's {@code os.name} and {@code os.arch} into the names Rust uses
 * ({@code std::env::consts::OS} and {@code ARCH}), so receipts from perfgate and from this plugin
 * describe the same machine with the same words.
 */
final class OsArchNames {

    private OsArchNames() {}

    /**
     * {@code linux}, {@code macos}, {@code windows}, {@code solaris}; for any other system the first
     * word of {@code os.name} in lower case (e.g. {@code freebsd}); {@code unknown} when blank.
     */
    static String os(String osName) {
        String name = osName == null ? "" : osName.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return "unknown";
        }
        if (name.startsWith("linux")) {
            return "linux";
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "macos";
        }
        if (name.startsWith("windows")) {
            return "windows";
        }
        if (name.startsWith("sunos") || name.startsWith("solaris")) {
            return "solaris";
        }
        return name.split("\\s+", 2)[0];
    }

    /**
     * {@code x86_64} (for {@code amd64}), {@code aarch64} (for {@code arm64}), {@code x86} (for
     * {@code i386}...{@code i686}), {@code powerpc64} (for {@code ppc64}/{@code ppc64le}); any other
     * value in lower case as it is; {@code unknown} when blank.
     */
    static String arch(String osArch) {
        String arch = osArch == null ? "" : osArch.strip().toLowerCase(Locale.ROOT);
        switch (arch) {
            case "":
                return "unknown";
            case "amd64":
            case "x86_64":
            case "x86-64":
                return "x86_64";
            case "aarch64":
            case "arm64":
                return "aarch64";
            case "x86":
            case "i386":
            case "i486":
            case "i586":
            case "i686":
                return "x86";
            case "ppc64":
            case "ppc64le":
                return "powerpc64";
            default:
                return arch;
        }
    }
}
