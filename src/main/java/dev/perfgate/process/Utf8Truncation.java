package dev.perfgate.process;

import java.util.Arrays;

/** Cuts captured output to a byte cap without splitting a UTF-8 encoded character. */
public final class Utf8Truncation {

    private Utf8Truncation() {
    }

    /**
     * Returns at most {@code capBytes} bytes of {@code bytes} (all when {@code capBytes} is 0), ending
     * before any multi-byte character that the cap would cut in two.
     */
    public static byte[] truncate(byte[] bytes, int length, long capBytes) {
        if (capBytes == 0 || length <= capBytes) {
            return Arrays.copyOf(bytes, length);
        }
        int end = (int) capBytes;
        // Step back over continuation bytes (10xxxxxx) to the lead byte of the character at the cut.
        int lead = end;
        while (lead > 0 && (bytes[lead] & 0xC0) == 0x80) {
            lead--;
        }
        // bytes[lead] starts the character that contains position `end`; drop it unless it ends exactly at `end`.
        int charLength = utf8Length(bytes[lead]);
        int cut = lead + charLength <= end ? end : lead;
        return Arrays.copyOf(bytes, cut);
    }

    private static int utf8Length(byte lead) {
        int b = lead & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xF0) {
            return 4;
        }
        if (b >= 0xE0) {
            return 3;
        }
        if (b >= 0xC0) {
            return 2;
        }
        return 1; // a stray continuation byte: treat it as a character of its own
    }
}
