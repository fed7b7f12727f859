package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.stats.HodgesLehmann.HodgesLehmannResult;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StratifiedAnalyzerTest {

    // Reference values from R 4.2 (r-base-core), computed independently of this code:
    //   level <- 0.10
    //   lehmann <- function(d) {
    //     n <- length(d)
    //     w <- wilcox.test(d, conf.int = TRUE, conf.level = 1 - level, exact = TRUE)
    //     qu <- qsignrank(level / 2, n); if (qu == 0) qu <- 1
    //     achieved <- 1 - 2 * psignrank(qu - 1, n)
    //     ci <- w$conf.int
    //     se <- (ci[2] - ci[1]) / (2 * qnorm(0.5 + achieved / 2))
    //     c(est = unname(w$estimate), lo = ci[1], hi = ci[2], ach = achieved, se = se)
    //   }
    //   s <- rbind(a = lehmann(a), b = lehmann(b), c = lehmann(c))
    //   w <- 1 / s[, "se"]^2; W <- sum(w); sh <- w / W; nu <- c(9, 7, 11)
    //   est <- sum(w * s[, "est"]) / W
    //   se <- sqrt((1 + 4 * sum(sh * (1 - sh) / nu)) / W)          # Meier's variance factor
    //   tq <- qt(1 - level / 2, 1 / sum(sh^2 / nu))                # Satterthwaite's df: 20.126226109838303
    //   c(est, est - tq * se, est + tq * se, se)
    //   pt(est / se, 1 / sum(sh^2 / nu), lower.tail = FALSE)        # one-sided p of "slower"
    //   q <- sum(w * (s[, "est"] - est)^2); pchisq(q, df = 2, lower.tail = FALSE)
    private static final double[] A = {0.0213, -0.0042, 0.0357, 0.0108, 0.0291, -0.0117, 0.0174, 0.0066, 0.0412, 0.0239
    };
    private static final double[] B = {0.1520, -0.2210, 0.0870, 0.3010, -0.0650, 0.1980, -0.1370, 0.0440};
    private static final double[] C = {
        0.0310, 0.0122, -0.0081, 0.0456, 0.0203, 0.0017, 0.0389, 0.0264, -0.0029, 0.0150, 0.0342, 0.0091
    };
    private static final double LEVEL = 0.10;

    private static List<StratumRatios> abc() {
        return List.of(new StratumRatios("a", A), new StratumRatios("b", B), new StratumRatios("c", C));
    }

    @Test
    void threeStrataMatchR() {
        StratifiedAnalysis r = StratifiedAnalyzer.analyze("wall time", abc(), LEVEL, 0.05);
        assertEquals(30, r.n());
        StratumEstimate a = r.strata().get(0);
        assertEquals(0.0174, a.estimateLog(), 1e-12);
        assertEquals(0.0066, a.lowerLog(), 1e-12);
        assertEquals(0.0285, a.upperLog(), 1e-12);
        assertEquals(0.916015625, a.achievedConfidence(), 1e-12);
        assertEquals(0.0063367268187214431, a.standardErrorLog(), 1e-12);
        StratumEstimate b = r.strata().get(1);
        assertEquals(0.04375, b.estimateLog(), 1e-12);
        assertEquals(0.0747869744675153797, b.standardErrorLog(), 1e-12);
        assertEquals(0.0058213276847654980, r.strata().get(2).standardErrorLog(), 1e-12);
        assertEquals(0.4561855184452834888, a.weightShare(), 1e-12);
        assertEquals(0.0032750620749077823, b.weightShare(), 1e-12);
        assertEquals(0.5405394194798086582, r.strata().get(2).weightShare(), 1e-12);
        assertEquals(0.018013323819666634, r.estimateLog(), 1e-12);
        assertEquals(0.0099213862028387674, r.lowerLog(), 1e-10);
        assertEquals(0.026105261436494501, r.upperLog(), 1e-10);
        assertEquals(0.0046931721559972323, r.standardErrorLog(), 1e-12);
        assertEquals(0.00050863350697160758, r.pGreater(), 1e-12);
        assertEquals(0.13165575190799719, r.heterogeneity().q(), 1e-10);
        assertEquals(2, r.heterogeneity().df());
        assertEquals(0.93629200879159125, r.heterogeneity().pValue(), 1e-10);
        assertFalse(r.heterogeneous());
        assertTrue(r.confidenceAchieved());
    }

    @Test
    void strataThatDisagreeAreHeterogeneousAsInR() {
        // R: a2 <- a - 0.2; same weights and Q as above over a and a2: Q = 498.08105835890342 on 1 df.
        double[] shifted = Arrays.stream(A).map(x -> x - 0.2).toArray();
        StratifiedAnalysis r = StratifiedAnalyzer.analyze(
                "wall time", List.of(new StratumRatios("a", A), new StratumRatios("a2", shifted)), LEVEL, 0.05);
        assertEquals(498.08105835890342, r.heterogeneity().q(), 1e-8);
        assertTrue(r.heterogeneous());
    }

    @Test
    void oneStratumIsThePlainPairedInterval() {
        HodgesLehmannResult hl = HodgesLehmann.estimate(C, LEVEL);
        StratifiedAnalysis r = StratifiedAnalyzer.analyze("wall time", List.of(new StratumRatios("c", C)), LEVEL, 0.05);
        assertEquals(hl.estimate(), r.estimateLog(), 0.0);
        assertEquals(hl.lower(), r.lowerLog(), 0.0);
        assertEquals(hl.upper(), r.upperLog(), 0.0);
        assertNull(r.heterogeneity());
        assertEquals(1.0, r.strata().get(0).weightShare(), 0.0);
    }

    @Test
    void mergedStandardErrorIsNeverAboveTheQuietestStratumFromTenPairsOn() {
        // Meier's factor can lift it above for strata of very few pairs; from nu = 9 on, a (1 + 4 a (1 - a) / nu)
        // stays below 1 for every weight share a of the quietest stratum.
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 200; trial++) {
            int k = 2 + random.nextInt(4);
            StratumRatios[] strata = new StratumRatios[k];
            for (int s = 0; s < k; s++) {
                double noise = 0.01 * (1 + random.nextInt(20));
                double[] d = new double[10 + random.nextInt(30)];
                for (int i = 0; i < d.length; i++) {
                    d[i] = 0.02 + noise * random.nextGaussian();
                }
                strata[s] = new StratumRatios("s" + s, d);
            }
            StratifiedAnalysis r = StratifiedAnalyzer.analyze("wall time", List.of(strata), LEVEL, 0.05);
            double quietest = r.strata().stream()
                    .mapToDouble(StratumEstimate::standardErrorLog)
                    .min()
                    .orElseThrow();
            assertTrue(r.standardErrorLog() <= quietest * (1 + 1e-12), "trial " + trial);
            assertEquals(
                    1.0,
                    r.strata().stream()
                            .mapToDouble(StratumEstimate::weightShare)
                            .sum(),
                    1e-12);
            assertTrue(r.lowerLog() <= r.estimateLog() && r.estimateLog() <= r.upperLog());
        }
    }

    @Test
    void strataOfEqualRatiosKeepFiniteFigures() {
        double[] same = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
        StratifiedAnalysis r = StratifiedAnalyzer.analyze(
                "peak memory", List.of(new StratumRatios("x", same), new StratumRatios("y", same)), LEVEL, 0.05);
        assertEquals(0.0, r.estimateLog(), 0.0);
        assertTrue(Double.isFinite(r.heterogeneity().q()) && Double.isFinite(r.standardErrorLog()));
        assertFalse(r.heterogeneous());
    }

    @Test
    void aStratumOfOnePairAmongSeveralIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> StratifiedAnalyzer.analyze(
                        "wall time",
                        List.of(new StratumRatios("a", A), new StratumRatios("lonely", new double[] {0.1})),
                        LEVEL,
                        0.05));
        assertTrue(e.getMessage().contains("lonely"), e.getMessage());
    }
}
