package dev.perfgate.paired;

import dev.perfgate.receipt.PairedRunReceipt;
import java.util.ArrayList;
import java.util.List;

/**
 * What a paired run produced: the receipt (always, once the pairs ran), whether the gate failed and
 * why, and warnings that do not fail the build (e.g. an INCONCLUSIVE verdict under {@code warn}).
 */
public record PairedRunOutcome(PairedRunReceipt receipt, boolean failed, List<String> reasons, List<String> warnings) {

    public PairedRunOutcome {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }

    /** The same outcome with its receipt amended by the caller (e.g. provenance the use case cannot know). */
    public PairedRunOutcome withReceipt(PairedRunReceipt amended) {
        return new PairedRunOutcome(amended, failed, reasons, warnings);
    }

    /** The same outcome with one more warning (e.g. about the machine, which the use case does not read). */
    public PairedRunOutcome withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new PairedRunOutcome(receipt, failed, reasons, more);
    }
}
