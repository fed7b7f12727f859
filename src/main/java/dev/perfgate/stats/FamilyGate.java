package dev.perfgate.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gate over all gated metrics of one execution (wall, CPU and memory time, every {@code <metric>},
 * every benchmark of a JMH suite) across the looks of a {@link SequentialPlan}: the chance that any of
 * them falsely FAILs, at any look, is at most the run's significance alpha.
 *
 * <p>The design: Holm's step-down at every look, at the look's level. At look k, with level a_k from the
 * plan, the r gated metrics that have not failed yet are ordered by the level from which on each would
 * FAIL ({@link FamilyMember#failLevel()}); the first FAILs when its level is below a_k / r, the next when
 * below a_k / (r − 1), and so on until one does not. A metric that FAILs stays failed; the next look starts
 * with fewer metrics in the denominator.
 *
 * <p>Why it holds: by closed testing. For any set J of metrics without a real slowdown, the test "some
 * member of J FAILs at a level of a_k / |J| at some look k" errs with probability at most
 * Σ_k Σ_(j∈J) a_k / (2 |J|) = Σ_k a_k / 2 = alpha (union bound, whatever the dependence between metrics or
 * looks; a_k / 2 because a FAIL is one side of a two-sided interval). The first metric of J that FAILs
 * above did so with at most |J| metrics not yet failed, hence at a level no larger than a_k / |J|: every J
 * containing a failed metric is rejected, which is the closed-testing condition. With one metric this is
 * exactly the single-metric rule.
 *
 * <p>PASS needs no correction: the gate PASSes only when every gated metric PASSes, an intersection of
 * tests each at the look's level, whose false-PASS rate is that of the worst single metric. So PASS uses
 * the interval at a_k, as for one metric. A decided metric (PASS or FAIL) keeps its decision at later looks.
 *
 * <p>Rulers ({@link FamilyMember#ruler()}) are a family of their own under the same step-down: a ruler whose
 * change is proven beyond its threshold, in either direction, trips, and a tripped ruler makes the run's
 * verdict INCONCLUSIVE. Rulers never FAIL and do not count among the gated metrics.
 */
public final class FamilyGate {

    /** The receipt's name for this design. */
    public static final String METHOD = "holm_step_down_per_look";

    private final Set<String> failed = new HashSet<>();
    private final Set<String> passed = new HashSet<>();
    private final Set<String> trippedRulers = new HashSet<>();
    private final Map<String, String> tripped = new LinkedHashMap<>();

    /**
     * The decision of one metric at a look.
     *
     * @param member    what was judged
     * @param decision  status (null for report only; PASS for a ruler that did not trip), reason, pairs likely
     *                  needed
     * @param failLevel the two-sided level its FAIL test used at this look (a_k / r of Holm's step); null for
     *                  report-only metrics and metrics decided earlier
     */
    public record Verdict(FamilyMember member, GateDecision decision, Double failLevel) {}

    /**
     * One look's outcome.
     *
     * @param verdicts      in the order of the members
     * @param familySize    gated metrics at this look
     * @param undecided     gated metrics neither PASSed nor FAILed yet
     * @param failed        gated metrics that FAILed (at this or an earlier look)
     * @param trippedRulers why each tripped ruler tripped, by key
     */
    public record Look(
            List<Verdict> verdicts, int familySize, int undecided, int failed, Map<String, String> trippedRulers) {

        /** Nothing left to learn: every gated metric decided, or a ruler tripped. */
        public boolean allDecided() {
            return undecided == 0 || !trippedRulers.isEmpty();
        }
    }

    /**
     * Judges one look.
     *
     * @param members every metric analysed at this look, each at the look's level
     * @param level   the look's two-sided level a_k (as the plan gives it)
     */
    public Look look(List<FamilyMember> members, double level) {
        // A metric that PASSed keeps its PASS: it stays in the denominator but can no longer be rejected.
        Map<String, Double> failLevels = stepDown(
                members.stream().filter(FamilyMember::gated).toList(),
                level,
                m -> passed.contains(m.key()) ? 1.0 : m.failLevel(),
                failed);
        Map<String, Double> tripLevels = stepDown(
                members.stream()
                        .filter(m -> m.ruler() && m.thresholdPct() != null)
                        .toList(),
                level,
                FamilyMember::tripLevel,
                trippedRulers);
        List<Verdict> verdicts = new ArrayList<>();
        int familySize = 0;
        int undecided = 0;
        int failedCount = 0;
        for (FamilyMember m : members) {
            Verdict v;
            if (m.ruler()) {
                v = ruler(m, tripLevels.get(m.key()));
            } else {
                v = gated(m, failLevels.get(m.key()));
            }
            verdicts.add(v);
            if (m.gated()) {
                familySize++;
                VerdictStatus s = v.decision().status();
                undecided += s == VerdictStatus.INCONCLUSIVE ? 1 : 0;
                failedCount += s == VerdictStatus.FAIL ? 1 : 0;
            }
        }
        return new Look(
                verdicts,
                familySize,
                undecided,
                failedCount,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tripped)));
    }

    /**
     * Holm's step-down over the members not yet rejected: rejects (adds to {@code rejected}) while the next
     * smallest level is below {@code level / remaining}, and returns the level each member was tested at.
     */
    private static Map<String, Double> stepDown(
            List<FamilyMember> members,
            double level,
            java.util.function.ToDoubleFunction<FamilyMember> levelOf,
            Set<String> rejected) {
        List<FamilyMember> open = new ArrayList<>(
                members.stream().filter(m -> !rejected.contains(m.key())).toList());
        open.sort(Comparator.comparingDouble(levelOf));
        Map<String, Double> testedAt = new HashMap<>();
        int remaining = open.size();
        boolean stopped = false;
        for (FamilyMember m : open) {
            double at = level / remaining;
            testedAt.put(m.key(), at);
            if (!stopped && levelOf.applyAsDouble(m) < at) {
                rejected.add(m.key());
                remaining--;
            } else {
                stopped = true;
            }
        }
        return testedAt;
    }

    private Verdict gated(FamilyMember m, Double failLevel) {
        MetricAnalysis a = m.analysis();
        String change = m.label() + " "
                + DirectedChange.change(a.estimatePct(), a.ciLowerPct(), a.ciUpperPct(), m.higherIsBetter());
        if (m.thresholdPct() == null) {
            return new Verdict(m, new GateDecision(null, change + " (no threshold: reported only)", null), null);
        }
        String threshold = "threshold " + DirectedChange.threshold(m.thresholdPct(), m.higherIsBetter());
        if (failed.contains(m.key())) {
            return new Verdict(
                    m, new GateDecision(VerdictStatus.FAIL, change + " exceeds " + threshold, null), failLevel);
        }
        GateDecision single = VerdictRule.decide(a, m.thresholdPct());
        if (passed.contains(m.key()) || single.status() == VerdictStatus.PASS) {
            passed.add(m.key());
            return new Verdict(
                    m, new GateDecision(VerdictStatus.PASS, change + " is within " + threshold, null), failLevel);
        }
        String why;
        if (!a.confidenceAchieved()) {
            why = String.format(
                    Locale.ROOT,
                    "%d pairs cannot reach %.1f%% confidence (at most %.1f%%); at least %d" + " pairs are needed",
                    a.n(),
                    100 * a.hodgesLehmann().requestedConfidence(),
                    100 * a.hodgesLehmann().achievedConfidence(),
                    HodgesLehmann.minimumPairs(a.alpha()));
        } else if (single.status() == VerdictStatus.FAIL) {
            why = String.format(
                    Locale.ROOT,
                    "worse beyond the threshold at this look's level, but not yet beyond"
                            + " doubt across the gated metrics (needs level %.2g, reaches %.2g)",
                    failLevel,
                    m.levelAbove());
        } else if (a.ciLowerPct() > 0.0) {
            why = "worse, but the estimate is not beyond " + threshold + " while the interval reaches past it";
        } else {
            why = "the interval spans both no change and " + threshold;
        }
        return new Verdict(
                m,
                new GateDecision(
                        VerdictStatus.INCONCLUSIVE, change + " is inconclusive: " + why, single.pairsLikelyNeeded()),
                failLevel);
    }

    private Verdict ruler(FamilyMember m, Double tripLevel) {
        MetricAnalysis a = m.analysis();
        String change = "ruler " + m.label() + " "
                + DirectedChange.change(a.estimatePct(), a.ciLowerPct(), a.ciUpperPct(), m.higherIsBetter());
        if (m.thresholdPct() == null) {
            return new Verdict(m, new GateDecision(null, change + " (no threshold: reported only)", null), null);
        }
        String threshold = DirectedChange.threshold(m.thresholdPct(), m.higherIsBetter());
        if (trippedRulers.contains(m.key())) {
            String reason = tripped.computeIfAbsent(
                    m.key(),
                    k -> change + " moved beyond its threshold " + threshold
                            + " (either way): the two sides did not run under the same conditions, so no benchmark's"
                            + " comparison is trustworthy");
            return new Verdict(m, new GateDecision(VerdictStatus.INCONCLUSIVE, reason, null), tripLevel);
        }
        // PASS: the ruler did not trip; it says nothing about the benchmarks, and never fails the build
        return new Verdict(
                m,
                new GateDecision(
                        VerdictStatus.PASS,
                        change + " is not proven to move beyond its" + " threshold " + threshold
                                + " either way: the sides ran alike as far as it can tell",
                        null),
                tripLevel);
    }
}
