package dev.perfgate.paired;

import dev.perfgate.paired.config.ConfigurationLimits;
import dev.perfgate.paired.config.LookPlanner;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.receipt.RunConfig;
import dev.perfgate.stats.SequentialPlan;
import java.util.Arrays;

/** The receipt's {@code config}: the request's settings and the plan as it ran. */
final class RunConfigs {

    private RunConfigs() {}

    /**
     * @param lastLook the index of the last look taken; the verdict rests on it
     */
    static RunConfig of(
            PairedRunRequest request, SequentialPlan plan, int lastLook, StopReason stop, long seed, String runner) {
        return RunConfig.builder()
                // v1-era fields keep their meaning when the request left them to the plan
                .requestedRepeat(request.repeat() != null ? request.repeat() : plan.look(0))
                .warmup(request.warmup())
                .maxRetries(request.maxRetries() != null ? request.maxRetries() : plan.lookCount() - 1)
                .requireSignificance(LookPlanner.sequential(request))
                .significanceAlpha(request.significanceAlpha())
                .significanceMinSamples(request.significanceMinSamples())
                .looks(plan.lookCount())
                .alphaPerLook(plan.alpha(lastLook))
                .cvThreshold(request.cvThreshold())
                .thresholds(request.thresholds())
                .onInconclusive(request.onInconclusive().configName())
                .order(request.order().configName())
                .seed(seed)
                .runner(runner)
                .allowNonzero(request.allowNonzero())
                .outputCapBytes(ConfigurationLimits.keptOutputBytes(request.outputCapBytes())) // what was kept, not "0"
                .timeoutMs(request.timeout() == null ? null : request.timeout().toMillis())
                .maxPairs((long) plan.maxPairs())
                .maxDurationMs(
                        request.maxDuration() == null
                                ? null
                                : request.maxDuration().toMillis())
                .alphaSpending(plan.spending().configName())
                .plannedLooks(
                        Arrays.stream(plan.looks()).mapToObj(n -> (long) n).toList())
                .lookAlphas(Arrays.stream(plan.alphas()).boxed().toList())
                .looksTaken((long) lastLook + 1)
                .stopReason(stop.configName())
                .metrics(request.metrics())
                .hooks(request.hooks())
                .shard(request.shard() == null ? null : request.shard().toString())
                .build();
    }
}
