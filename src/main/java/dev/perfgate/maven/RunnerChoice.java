package dev.perfgate.maven;

import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.choice.ProcessRunners;
import java.util.Locale;

/** Picks the process runner that {@code runner} / {@code perfgate.runner} asks for. */
final class RunnerChoice {

    private RunnerChoice() {}

    /** @param mode {@code auto}, {@code posix} or {@code jdk} */
    static ProcessRunner runner(String mode) throws InvalidConfigurationException {
        try {
            return ProcessRunners.select(
                    mode == null ? ProcessRunners.AUTO : mode.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("runner", e.getMessage());
        }
    }
}
