package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AlphaSpendingTest {

    @Test
    void bonferroniSplitsAlphaEvenly() {
        assertEquals(0.05, AlphaSpending.alphaPerLook(0.05, 1), 0.0);
        assertEquals(0.0125, AlphaSpending.alphaPerLook(0.05, 4), 1e-15);
        // The union bound: looks * alphaPerLook never exceeds alpha.
        for (int looks = 1; looks <= 20; looks++) {
            assertEquals(0.05, looks * AlphaSpending.alphaPerLook(0.05, looks), 1e-15);
        }
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.alphaPerLook(0.05, 0));
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.alphaPerLook(1.5, 2));
    }
}
