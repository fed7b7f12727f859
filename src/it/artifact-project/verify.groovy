import java.security.MessageDigest

def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/project.paired.json'))

assert log.contains('BUILD SUCCESS')
def jar = new File(basedir, 'target/artifact-project-1.0.jar')
assert jar.isFile()
assert receipt.samples.every { it.current.stdout.trim() == "ran ${jar.canonicalPath}" }
def a = receipt.bench.current_artifact
assert a.requested == '@{projectArtifact}'
assert a.coordinates == 'dev.perfgate.it:artifact-project:jar:1.0'
assert new File(a.file).canonicalPath == jar.canonicalPath
assert a.sha256 == MessageDigest.getInstance('SHA-256').digest(jar.bytes).encodeHex().toString()
assert !receipt.bench.containsKey('baseline_artifact')

true
