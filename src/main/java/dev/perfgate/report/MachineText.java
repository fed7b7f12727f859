package dev.perfgate.report;

import dev.perfgate.receipt.MachineMoment;
import dev.perfgate.receipt.MachineState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The machine's state in a few words, for the reports beside the verdict: whether it was busy, what it offered,
 * what else ran. Plain text: each report escapes it for its own format (a receipt from elsewhere is untrusted).
 */
final class MachineText {

    private MachineText() {}

    /** {@code busy}, {@code quiet}, or {@code not judged} when nothing could tell. */
    static String headline(MachineState machine) {
        return machine.busy() == null ? "not judged" : machine.busy() ? "busy" : "quiet";
    }

    /** The figures, e.g. {@code other processes used 0.1 of 2 CPUs}, {@code load 0.40 → 0.52}. */
    static List<String> figures(MachineState machine) {
        List<String> figures = new ArrayList<>();
        if (machine.otherCpusUsed() != null && machine.allowedCpus() != null) {
            figures.add(
                    "other processes used " + cpus(machine.otherCpusUsed()) + " of " + machine.allowedCpus() + " CPUs");
        }
        if (machine.usableCpus() != null) {
            figures.add(cpus(machine.usableCpus()) + " usable CPUs"
                    + (machine.cpuQuota() == null ? "" : " (quota " + cpus(machine.cpuQuota()) + ")"));
        }
        String load = load(machine.before(), machine.after());
        if (load != null) {
            figures.add(load);
        }
        if (machine.swapInPages() != null && machine.swapOutPages() != null) {
            long pages = machine.swapInPages() + machine.swapOutPages();
            figures.add(pages == 0 ? "no swapping" : pages + " pages swapped");
        }
        if (machine.governor() != null) {
            figures.add("governor " + machine.governor());
        }
        if (machine.turbo() != null) {
            figures.add("turbo " + (machine.turbo() ? "on" : "off"));
        }
        return figures;
    }

    /**
     * What made the machine unfit, one sentence each (empty when nothing did), less those that only restate a
     * figure ({@code other processes used 1.8 of 2 CPUs during the run} beside the figure it starts with).
     */
    static List<String> concerns(MachineState machine) {
        if (machine.concerns() == null) {
            return List.of();
        }
        List<String> figures = figures(machine);
        return machine.concerns().stream()
                .filter(c -> figures.stream().noneMatch(c::startsWith))
                .toList();
    }

    private static String load(MachineMoment before, MachineMoment after) {
        Double from = before == null ? null : before.loadAverage();
        Double to = after == null ? null : after.loadAverage();
        if (from == null && to == null) {
            return null;
        }
        return "load " + (from == null ? "?" : String.format(Locale.ROOT, "%.2f", from)) + " → "
                + (to == null ? "?" : String.format(Locale.ROOT, "%.2f", to));
    }

    private static String cpus(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
