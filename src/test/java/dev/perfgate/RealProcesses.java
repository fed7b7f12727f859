package dev.perfgate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that starts real processes or waits on real time. Surefire leaves these out; the
 * failsafe plugin runs them in the same {@code ./mvnw verify}, one test at a time in one JVM, so that the
 * unit tests running beside them in parallel forks cannot turn a busy machine into a flake.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(RealProcesses.TAG)
public @interface RealProcesses {

    /** The JUnit tag, named in the POM's surefire and failsafe configuration. */
    String TAG = "real-process";
}
