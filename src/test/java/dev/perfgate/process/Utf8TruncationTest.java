package dev.perfgate.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;
import java.util.function.BiPredicate;
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

    private static final String MIXED = "x\u00e9\u20ac\uD83D\uDE00y\u00e9\u20ac\uD83D\uDE00";

    /**
     * For every size, {@code cut} keeps whole characters only (the bytes decode and encode back to themselves),
     * at most 3 bytes fewer than the size, and the part of {@code MIXED} that {@code isPart} expects.
     */
    private static void assertEverySizeKeepsWholeCharacters(
            BiFunction<byte[], Integer, byte[]> cut, BiPredicate<String, String> isPart) {
        byte[] bytes = MIXED.getBytes(UTF_8);
        for (int size = 1; size <= bytes.length; size++) {
            byte[] kept = cut.apply(bytes, size);
            String decoded = new String(kept, UTF_8);
            assertEquals(kept.length, decoded.getBytes(UTF_8).length, "size " + size + " split a character");
            assertTrue(isPart.test(MIXED, decoded), "size " + size + " kept " + decoded);
            assertTrue(kept.length > size - 4 && kept.length <= size, "size " + size + " kept " + kept.length);
        }
    }

    @Test
    void resultIsAlwaysValidUtf8ForEveryCap() {
        assertEverySizeKeepsWholeCharacters(
                (bytes, cap) -> Utf8Truncation.truncate(bytes, bytes.length, cap), String::startsWith);
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

    private static String tail(String text, int maxBytes) {
        byte[] bytes = text.getBytes(UTF_8);
        return new String(Utf8Truncation.tail(bytes, bytes.length, maxBytes), UTF_8);
    }

    @Test
    void aTailKeepsTheLastBytes() {
        assertEquals("def", tail("abcdef", 3));
    }

    @Test
    void aTailThatFitsKeepsEverything() {
        assertEquals("\u20acx", tail("\u20acx", 4));
        assertEquals("\u20acx", tail("\u20acx", 100));
    }

    @Test
    void aTailDropsTheRestOfACharacterWhoseStartItCut() {
        // "a" + "€" (E2 82 AC) + "b": the last 2 or 3 bytes start inside the euro sign.
        assertEquals("b", tail("a\u20acb", 2));
        assertEquals("b", tail("a\u20acb", 3));
        assertEquals("\u20acb", tail("a\u20acb", 4));
        // U+1F600 (F0 9F 98 80) + "z": 4 continuation-led tails.
        assertEquals("z", tail("\uD83D\uDE00z", 4));
    }

    @Test
    void aTailIsAlwaysValidUtf8AndTheEndOfTheTextForEveryLength() {
        assertEverySizeKeepsWholeCharacters(
                (bytes, max) -> Utf8Truncation.tail(bytes, bytes.length, max), String::endsWith);
    }

    @Test
    void aTailOfStrayContinuationBytesIsKeptAsItIs() {
        byte[] garbage = {'a', (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 'b'};
        assertEquals(5, Utf8Truncation.tail(garbage, garbage.length, 5).length);
    }

    @Test
    void aTailConsidersOnlyTheGivenLength() {
        byte[] buffer = "abcdef".getBytes(UTF_8);
        assertArrayEquals("cd".getBytes(UTF_8), Utf8Truncation.tail(buffer, 4, 2));
    }
}
