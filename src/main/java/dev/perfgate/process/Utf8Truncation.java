package dev.perfgate.process;

import java.util.Arrays;

/** Cuts captured output to a byte cap, from its start or its end, without splitting a UTF-8 encoded character. */
public final class Utf8Truncation {

    /** A UTF-8 character has at most three continuation bytes after its lead byte. */
    private static final int MAX_CONTINUATION_BYTES = 3;

    private Utf8Truncation() {}

    /**
     * Returns at most {@code capBytes} bytes of the first {@code length} bytes of {@code bytes} (all of
     * them when {@code capBytes} is 0), ending before any multi-byte character that the cap would cut
     * in two. Bytes that are not valid UTF-8 are kept as they are: only a cut through a well-formed
     * lead byte and its continuation bytes moves the cut back.
     *
     * <p>To decide whether the cap splits a character, the caller must pass at least one byte beyond
     * the cap when there is one ({@code length > capBytes}).
     */
    public static byte[] truncate(byte[] bytes, int length, long capBytes) {
        if (capBytes == 0 || length <= capBytes) {
            return Arrays.copyOf(bytes, length);
        }
        int end = (int) capBytes;
        // bytes[end] is the first byte dropped. If it continues a character (10xxxxxx), step back to
        // that character's lead byte, but never further than a character can reach: a longer run of
        // continuation bytes is not UTF-8, and walking it would only cost time.
        int lead = end;
        while (lead > 0 && end - lead < MAX_CONTINUATION_BYTES && isContinuation(bytes[lead])) {
            lead--;
        }
        if (lead == end || isContinuation(bytes[lead])) {
            return Arrays.copyOf(bytes, end); // the cut falls between characters, or inside garbage
        }
        // bytes[lead] starts the character that contains position `end` only if it is long enough to
        // reach it; otherwise the continuation bytes at the cut are stray and the cut stays.
        int cut = lead + utf8Length(bytes[lead]) > end ? lead : end;
        return Arrays.copyOf(bytes, cut);
    }

    /**
     * Returns the last {@code maxBytes} of the first {@code length} bytes of {@code bytes} (all of them when
     * they fit), starting after the continuation bytes of a character whose lead byte the cut left out, so
     * the tail decodes without a broken first character. At most three such bytes are dropped: a longer
     * run of them is not UTF-8, and is kept as it is.
     */
    public static byte[] tail(byte[] bytes, int length, int maxBytes) {
        int start = Math.max(0, length - maxBytes);
        if (start > 0) {
            int limit = Math.min(length, start + MAX_CONTINUATION_BYTES);
            int first = start;
            while (first < limit && isContinuation(bytes[first])) {
                first++;
            }
            start = first < length && isContinuation(bytes[first]) ? start : first;
        }
        return Arrays.copyOfRange(bytes, start, length);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static int utf8Length(byte lead) {
        int b = lead & 0xFF;
        if (b >= 0xF0) {
            return 4;
        }
        if (b >= 0xE0) {
            return 3;
        }
        if (b >= 0xC0) {
            return 2;
        }
        return 1;
    }
}
