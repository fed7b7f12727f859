package dev.perfgate.maven;

import java.nio.file.Path;

/**
 * An artifact a command may reference, resolved to a file.
 *
 * @param requested   as configured (a version range stays a range)
 * @param coordinates resolved: {@code groupId:artifactId:extension[:classifier]:version}
 */
record ResolvedArtifact(String requested, String coordinates, Path file) {}
