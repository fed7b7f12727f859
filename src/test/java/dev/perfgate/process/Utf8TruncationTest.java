package dev.perfgate.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8TruncationTest {

    private static String cut(String text, long cap) {
        byte[] bytes = text.getBytes(UTF_8);
        return new String(Utf8Truncation.truncate(bytes, bytes.length, cap), UTF_8);
    }

    @Test
    void asciiIsCutExactlyAtTheCap() {
        assertEquals("abc", cut("abcdef", 3));
    }

    @Test
    void capZeroKeepsEverything() {
        assertEquals("abc\u00e9\u20ac\uD83D\uDE00", cut("abc\u00e9\u20ac\uD83D\uDE00", 0));
    }

    @Test
    void capLargerThanInputKeepsEverything() {
        assertEquals("h\u00e9llo", cut("h\u00e9llo", 1_000));
    }

    @Test
    void capEqualToInputKeepsEverything() {
        assertEquals("\u20ac", cut("\u20ac", 3));
    }

    @Test
    void onlyTheGivenLengthIsConsidered() {
        byte[] buffer = "abcdef".getBytes(UTF_8);
        assertArrayEquals("abcd".getBytes(UTF_8), Utf8Truncation.truncate(buffer, 4, 0));
        assertArrayEquals("ab".getBytes(UTF_8), Utf8Truncation.truncate(buffer, 4, 2));
    }

    @Test
    void twoByteCharacterCutInTheMiddleIsDropped() {
        // "a" + "é" (C3 A9): a cap of 2 would keep only C3.
        assertEquals("a", cut("a\u00e9b", 2));
        assertEquals("a\u00e9", cut("a\u00e9b", 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void threeByteCharacterCutAnywhereIsDropped(int cap) {
        // "a" + "€" (E2 82 AC) + "b"
        assertEquals("a", cut("a\u20acb", cap));
    }

    @Test
    void threeByteCharacterEndingAtTheCapIsKept() {
        assertEquals("a\u20ac", cut("a\u20acb", 4));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void fourByteCharacterCutAnywhereIsDropped(int cap) {
        // "a" + U+1F600 (F0 9F 98 80) + "b"
        assertEquals("a", cut("a\uD83D\uDE00b", cap));
    }

    @Test
    void fourByteCharacterEndingAtTheCapIsKept() {
        assertEquals("a\uD83D\uDE00", cut("a\uD83D\uDE00b", 5));
    }

    @Test
    void cutInsideTheFirstCharacterKeepsNothing() {
        assertEquals("", cut("\u20acx", 1));
    }

    @Test
    void resultIsAlwaysValidUtf8ForEveryCap() {
        String text = "x\u00e9\u20ac\uD83D\uDE00y\u00e9\u20ac\uD83D\uDE00";
        byte[] bytes = text.getBytes(UTF_8);
        for (int cap = 1; cap <= bytes.length; cap++) {
            byte[] kept = Utf8Truncation.truncate(bytes, bytes.length, cap);
            String decoded = new String(kept, UTF_8);
            assertEquals(kept.length, decoded.getBytes(UTF_8).length, "cap " + cap + " split a character");
            assertTrue(text.startsWith(decoded), "cap " + cap);
            assertTrue(kept.length > cap - 4 && kept.length <= cap, "cap " + cap + " kept " + kept.length);
        }
    }

    @Test
    void strayContinuationBytesAreNotValidUtf8AndAreCutAtTheCap() {
        byte[] garbage = {'a', (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 'b'};
        assertEquals(5, Utf8Truncation.truncate(garbage, garbage.length, 5).length);
    }

    @Test
    void completeCharacterFollowedByStrayContinuationIsKept() {
        // "é" (C3 A9) then a stray 0x80: the cap of 2 ends exactly after the character.
        byte[] bytes = {(byte) 0xC3, (byte) 0xA9, (byte) 0x80, 'z'};
        assertEquals(2, Utf8Truncation.truncate(bytes, bytes.length, 2).length);
    }
}
