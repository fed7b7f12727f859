package dev.perfgate.process.posix;

import dev.perfgate.process.CommandSpec;
import java.util.List;
import java.util.Map;

/**
 * A JVM with one run in flight, for {@link InterruptedBuildTest}: runs a shell that writes its pid to the
 * file named by the argument and then sleeps for a minute, as a benchmark caught by Ctrl-C would.
 */
public final class InFlightRunMain {

    private InFlightRunMain() {
    }

    public static void main(String[] args) throws Exception {
        String script = "echo $$ > '" + args[0] + ".tmp'; mv '" + args[0] + ".tmp' '" + args[0] + "'; exec sleep 60";
        new PosixProcessRunner().run(new CommandSpec("current", List.of("/bin/sh", "-c", script), null, Map.of(),
                null, 0));
    }
}
