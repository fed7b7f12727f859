// Shared by the example-* ITs, which build the projects under examples/ as they are, so the examples cannot
// break unnoticed. The invoker can only run projects under src/it, so each example-* folder holds no POM of
// its own: its prebuild.groovy copies the example (without any target/ folder) into the IT's clone, where
// the invoker then builds it. Usage from a prebuild.groovy:
//   evaluate(new File(itLib, 'examples.groovy')).copy('demo', basedir)
// The example's plugin version is copied as written, not filtered: an example that pins another version
// than the one this build installs fails its IT.
def examplesDir = new File(itLib, '../../../examples').canonicalFile

def copy = { String name, File basedir ->
    def source = new File(examplesDir, name)
    assert new File(source, 'pom.xml').isFile() : "no example at $source"
    def root = source.toPath()
    source.eachFileRecurse { file ->
        def relative = root.relativize(file.toPath())
        if (relative.getName(0).toString() == 'target' || file.isDirectory()) {
            return
        }
        def target = new File(basedir, relative.toString())
        target.parentFile.mkdirs()
        target.bytes = file.bytes
    }
    true
}

return [copy: copy, examplesDir: examplesDir]
