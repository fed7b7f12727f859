package dev.perfgate.host;

import java.util.BitSet;

/** The kernel's CPU list format ({@code 0-3,8,10-11}), as in {@code Cpus_allowed_list} and {@code cpuset.cpus}. */
final class CpuList {

    /** A list longer than any machine has CPUs is not one the kernel wrote. */
    private static final int MAX_CPU = 1 << 16;

    private CpuList() {}

    /** The CPUs listed, or {@code null} when the text is not such a list. */
    static BitSet parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BitSet cpus = new BitSet();
        try {
            for (String part : text.trim().split(",")) {
                int dash = part.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
                if (from < 0 || to < from || to > MAX_CPU) {
                    return null;
                }
                cpus.set(from, to + 1);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return cpus;
    }
}
