package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * v1 significance block. v1 only knows the label {@code welch_t}; we keep it for v1 readers and say
 * in {@code method} what was really computed (a paired Student t on the differences).
 *
 * @param pValue two-sided p-value; the one v1 field written as {@code null} when absent
 */
public record Significance(
        String test,
        @JsonInclude(JsonInclude.Include.ALWAYS) Double pValue,
        double alpha,
        boolean significant,
        long baselineSamples,
        long currentSamples,
        Double ciLower,
        Double ciUpper,
        String method,
        Double confidenceLevel) {}
