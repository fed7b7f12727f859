package dev.perfgate.host;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Identifies a host across receipts without publishing its name: the SHA-256 of the hostname. */
final class HostnameHash {

    private HostnameHash() {}

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code hostname}: always 64 characters. */
    static String of(String hostname) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(hostname.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
