import java.util.jar.JarFile

// The benchmarks jar examples/jmh-versions runs: JMH's launcher as main class, the generated benchmark list
// naming GsonRoundTrip, and no Gson inside (each side of the comparison brings its own).
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
assert log.contains('BUILD SUCCESS')

def jar = new File(basedir, 'target/perfgate-jmh-versions-1.0-SNAPSHOT.jar')
assert jar.isFile() : "no benchmarks jar at $jar"
new JarFile(jar).withCloseable { j ->
    assert j.manifest.mainAttributes.getValue('Main-Class') == 'org.openjdk.jmh.Main'
    def list = j.getEntry('META-INF/BenchmarkList')
    assert list : 'JMH annotation processor did not run: no META-INF/BenchmarkList'
    assert j.getInputStream(list).getText('UTF-8').contains('dev.perfgate.examples.jmh.GsonRoundTrip')
    assert j.getEntry('org/openjdk/jmh/Main.class')
    assert !j.entries().toList().any { it.name.startsWith('com/google/gson/') } : 'Gson must not be packaged'
}
// package comes before verify: nothing was measured
assert !new File(basedir, 'target/perfgate').exists()
