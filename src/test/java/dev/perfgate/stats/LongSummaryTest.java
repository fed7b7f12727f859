package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class LongSummaryTest {

    @Test
    void oddCountTakesTheMiddleValue() {
        LongSummary s = LongSummary.of(new long[] {30, 10, 20});
        assertEquals(20, s.median());
        assertEquals(10, s.min());
        assertEquals(30, s.max());
        assertEquals(20.0, s.mean(), 0.0);
        assertEquals(10.0, s.stddev(), 1e-12); // sample SD of 10, 20, 30
    }

    @Test
    void evenCountTakesTheFloorOfTheMidpoint() {
        assertEquals(1, LongSummary.of(new long[] {2, 1}).median());
        assertEquals(4, LongSummary.of(new long[] {3, 6, 1, 100}).median());
        assertEquals(5, LongSummary.of(new long[] {5, 5}).median());
    }

    @Test
    void evenMedianDoesNotOverflowNearLongMax() {
        long big = Long.MAX_VALUE;
        assertEquals(big - 1, LongSummary.of(new long[] {big, big - 1}).median());
        assertEquals(big, LongSummary.of(new long[] {big, big}).median());
    }

    @Test
    void evenMedianIsATrueFloorForNegatives() {
        assertEquals(-3, LongSummary.of(new long[] {-3, -2}).median());
        assertEquals(-1, LongSummary.of(new long[] {-1, 0}).median());
        assertEquals(
                Long.MIN_VALUE,
                LongSummary.of(new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1}).median());
    }

    @Test
    void singleValueHasZeroStddev() {
        LongSummary s = LongSummary.of(new long[] {42});
        assertEquals(new LongSummary(42, 42, 42, 42.0, 0.0), s);
    }

    @Test
    void meanAndSampleStddevMatchCommonsMath() {
        long[] values = {1_234_567_891L, 1_234_567_999L, 1_234_560_000L, 1_234_570_123L, 1_234_566_666L};
        DescriptiveStatistics ref = new DescriptiveStatistics();
        for (long v : values) {
            ref.addValue(v);
        }
        LongSummary s = LongSummary.of(values);
        assertEquals(ref.getMean(), s.mean(), 1e-6);
        assertEquals(ref.getStandardDeviation(), s.stddev(), 1e-6);
    }

    @Test
    void welfordStaysAccurateForLargeValuesWithTinySpread() {
        long base = 1_000_000_000_000_000L;
        LongSummary s = LongSummary.of(new long[] {base + 1, base + 2, base + 3});
        assertEquals(1.0, s.stddev(), 1e-9);
    }

    @Test
    void emptyInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LongSummary.of(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> LongSummary.of(null));
    }
}
