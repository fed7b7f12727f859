package dev.perfgate.receipt;

/**
 * Which binary a side ran, so a result can be traced to the exact file: written as
 * {@code bench.baseline_artifact} / {@code bench.current_artifact}.
 *
 * @param requested   the coordinates as configured (a version range stays a range), or the
 *                    placeholder name for this build's own artifact
 * @param coordinates the resolved coordinates {@code groupId:artifactId:extension[:classifier]:version}
 * @param file        absolute path of the file the command was given
 * @param sha256      lowercase hex SHA-256 of that file
 */
public record ArtifactProvenance(String requested, String coordinates, String file, String sha256) {}
