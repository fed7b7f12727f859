package dev.perfgate.maven;

import java.io.File;
import java.nio.file.Path;

/** Where a benchmark's receipt lives: the configured file, or {@code <build directory>/perfgate/<name>.paired.json}. */
final class ReceiptLocation {

    private ReceiptLocation() {}

    static Path of(File configured, File buildDirectory, String name) {
        if (configured != null) {
            return configured.toPath().toAbsolutePath();
        }
        // Without a POM, Maven's stand-in project leaves ${project.build.directory} uninterpolated
        // ("${project.basedir}/target"): use target/ in the directory Maven runs in, as for null.
        boolean usable = buildDirectory != null && !buildDirectory.getPath().contains("${");
        File base = usable ? buildDirectory : new File("target");
        return new File(new File(base, "perfgate"), name + ".paired.json")
                .toPath()
                .toAbsolutePath();
    }
}
