package dev.perfgate.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsArchNamesTest {

    @ParameterizedTest
    @CsvSource({
        "Linux, linux",
        "Mac OS X, macos",
        "Darwin, macos",
        "Windows 10, windows",
        "Windows Server 2022, windows",
        "FreeBSD, freebsd",
        "OpenBSD, openbsd",
        "SunOS, solaris",
        "AIX, aix",
        "'', unknown",
    })
    void osUsesRustSpelling(String osName, String expected) {
        assertEquals(expected, OsArchNames.os(osName));
    }

    @ParameterizedTest
    @CsvSource({
        "amd64, x86_64",
        "x86_64, x86_64",
        "AMD64, x86_64",
        "aarch64, aarch64",
        "arm64, aarch64",
        "i386, x86",
        "x86, x86",
        "ppc64le, powerpc64",
        "riscv64, riscv64",
        "S390X, s390x",
        "'', unknown",
    })
    void archUsesRustSpelling(String osArch, String expected) {
        assertEquals(expected, OsArchNames.arch(osArch));
    }

    @Test
    void nullIsUnknown() {
        assertEquals("unknown", OsArchNames.os(null));
        assertEquals("unknown", OsArchNames.arch(null));
    }
}
