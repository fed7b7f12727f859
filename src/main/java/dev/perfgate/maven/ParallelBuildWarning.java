package dev.perfgate.maven;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;

/**
 * In a parallel build ({@code -T} above 1) the benchmark lock keeps benchmarks apart, but the other
 * modules' compiling and testing still share the machine while a benchmark measures. Said once per build
 * (weakly keyed by session, so a long-lived daemon such as mvnd warns again in its next build).
 */
final class ParallelBuildWarning {

    private static final Set<MavenSession> WARNED =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private ParallelBuildWarning() {}

    static void warnOnce(MavenSession session, Log log) {
        if (session == null || !parallel(session) || !WARNED.add(session)) {
            return;
        }
        log.warn("This is a parallel build (-T " + session.getRequest().getDegreeOfConcurrency() + "): perfgate"
                + " measures one benchmark at a time, but other modules' build steps share the machine while it"
                + " measures and slow its runs unevenly. For figures you can trust, run the benchmarks in their own"
                + " mvn invocation, or build with -T 1.");
    }

    private static boolean parallel(MavenSession session) {
        return session.isParallel() || session.getRequest().getDegreeOfConcurrency() > 1;
    }
}
