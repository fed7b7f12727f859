package dev.perfgate.paired.config;

import static dev.perfgate.paired.config.Requests.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.stats.SequentialPlan;
import org.junit.jupiter.api.Test;

/** How upstream's repeat / requireSignificance / maxRetries map onto the plan (docs/usage.md: upstream's settings). */
class LookPlannerTest {

    @Test
    void nothingSetIsSequentialFromTheFewestPairsThatCanDecideToTheBudget() {
        SequentialPlan plan = LookPlanner.plan(request().build());
        assertTrue(plan.lookCount() > 1, plan.toString());
        assertEquals(30, plan.maxPairs());
        assertEquals(8, plan.look(0), "2/2^8 < 0.1 * 8/30 / 2 <= 2/2^7 (7 pairs could not set the most extreme aside)");
    }

    @Test
    void repeatAloneIsUpstreamsFixedNumberOfPairsWithOneLook() {
        SequentialPlan plan = LookPlanner.plan(request().repeat(10).build());
        assertArrayEquals(new int[] {10}, plan.looks());
        assertEquals(0.10, plan.alpha(0), 1e-15);
    }

    @Test
    void requireSignificanceWithRepeatStartsTheLooksThere() {
        SequentialPlan plan =
                LookPlanner.plan(request().repeat(12).requireSignificance(true).build());
        assertEquals(12, plan.look(0));
        assertEquals(30, plan.maxPairs());
    }

    @Test
    void maxRetriesCapsTheLooksAfterTheFirstAndZeroMeansOne() {
        assertEquals(
                2,
                LookPlanner.plan(request().maxPairs(100).maxRetries(1).build()).lookCount());
        assertArrayEquals(
                new int[] {8},
                LookPlanner.plan(request()
                                .repeat(8)
                                .requireSignificance(true)
                                .maxRetries(0)
                                .build())
                        .looks());
    }

    @Test
    void requireSignificanceOffWithoutRepeatMeasuresTheWholeBudgetOnce() {
        assertArrayEquals(
                new int[] {20},
                LookPlanner.plan(request()
                                .requireSignificance(false)
                                .maxPairs(20)
                                .build())
                        .looks());
    }
}
