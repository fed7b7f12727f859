package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlphaSpendingTest {

    @Test
    void spendingFunctionsMatchPublishedLanDeMetsValues() {
        // Jennison & Turnbull (2000), table 7.? / R gsDesign::sfLDPocock, sfLDOF at alpha 0.05, t = 0.5:
        // Pocock-type 0.05·ln(1 + (e-1)/2) = 0.031006; O'Brien-Fleming-type 2 - 2Φ(1.959964/√0.5) = 0.005575.
        assertEquals(0.031006, AlphaSpending.POCOCK.spent(0.05, 0.5), 1e-6);
        assertEquals(0.005575, AlphaSpending.OBRIEN_FLEMING.spent(0.05, 0.5), 1e-6);
        assertEquals(0.025, AlphaSpending.LINEAR.spent(0.05, 0.5), 1e-15);
        for (AlphaSpending s : AlphaSpending.values()) {
            assertEquals(0.0, s.spent(0.05, 0.0), 0.0, s.name());
            assertEquals(0.05, s.spent(0.05, 1.0), 0.0, s.name());
        }
    }

    @Test
    void perLookLevelsAreNonNegativeAndAddUpToAlphaSoTheUnionBoundHolds() {
        int[] looks = {7, 12, 20, 30};
        for (AlphaSpending s : AlphaSpending.values()) {
            double[] levels = s.perLook(0.1, looks);
            double sum = 0;
            for (double level : levels) {
                assertTrue(level >= 0, s + " " + level);
                sum += level;
            }
            assertEquals(0.1, sum, 1e-12, s.name());
            // The first look spends what the function allows at its share of the budget.
            assertEquals(s.spent(0.1, 7 / 30.0), levels[0], 1e-15);
        }
    }

    @Test
    void configNamesRoundTrip() {
        for (AlphaSpending s : AlphaSpending.values()) {
            assertEquals(s, AlphaSpending.fromConfigName(s.configName()));
        }
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.fromConfigName("bonferroni"));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.LINEAR.spent(0.05, 1.5));
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.LINEAR.spent(1.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.LINEAR.perLook(0.05, new int[] {10, 10}));
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.LINEAR.perLook(0.05, new int[0]));
    }
}
