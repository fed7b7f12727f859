package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlphaSpendingTest {

    /**
     * The spending functions of Lan and DeMets (1983, "Discrete sequential boundaries for clinical trials",
     * Biometrika 70(3), 659-663), worked out by hand at alpha 0.05 from their defining formulas, with
     * z = z(0.975) = 1.959964 and Φ the standard normal distribution function:
     * <ul>
     *   <li>Pocock type, alpha·ln(1 + (e − 1)t): t = 0.5 gives 0.05·ln(1.859141) = 0.05·0.620115 = 0.031006;
     *       t = 0.25 gives 0.05·ln(1.429570) = 0.05·0.357374 = 0.017869.</li>
     *   <li>O'Brien-Fleming type, 2 − 2Φ(z/√t): t = 0.5 gives z/√0.5 = 2.771808, Φ = 0.9972127 and
     *       2·0.0027873 = 0.0055746; t = 0.25 gives z/√0.25 = 3.919928, Φ = 0.99995571 and 2·0.00004429 =
     *       0.0000886.</li>
     *   <li>Linear, alpha·t: t = 0.5 gives 0.025.</li>
     * </ul>
     */
    @Test
    void spendingFunctionsMatchTheirDefiningFormulasWorkedOutByHand() {
        assertEquals(0.031006, AlphaSpending.POCOCK.spent(0.05, 0.5), 1e-6);
        assertEquals(0.017869, AlphaSpending.POCOCK.spent(0.05, 0.25), 1e-6);
        assertEquals(0.005575, AlphaSpending.OBRIEN_FLEMING.spent(0.05, 0.5), 1e-6);
        assertEquals(0.0000886, AlphaSpending.OBRIEN_FLEMING.spent(0.05, 0.25), 1e-7);
        assertEquals(0.025, AlphaSpending.LINEAR.spent(0.05, 0.5), 1e-15);
        for (AlphaSpending s : AlphaSpending.values()) {
            assertEquals(0.0, s.spent(0.05, 0.0), 0.0, s.name());
            assertEquals(0.05, s.spent(0.05, 1.0), 0.0, s.name());
        }
    }

    /**
     * The plugin's rule (linear) at alpha 0.1 over looks after 7, 12, 20 and 30 pairs: the looks spend
     * 0.1·7/30, 0.1·(12 − 7)/30, 0.1·(20 − 12)/30 and 0.1·(30 − 20)/30, that is 7/300, 1/60, 2/75 and 1/30.
     */
    @Test
    void linearPerLookLevelsAreTheBudgetSharesOfEachLook() {
        assertArrayEquals(
                new double[] {7 / 300.0, 1 / 60.0, 2 / 75.0, 1 / 30.0},
                AlphaSpending.LINEAR.perLook(0.1, new int[] {7, 12, 20, 30}),
                1e-15);
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
