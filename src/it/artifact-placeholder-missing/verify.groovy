def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD FAILURE')
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert error : 'no [ERROR] Failed to execute goal line'
assert error.contains('a command uses @{currentArtifact} but no currentArtifact is set') : error
assert error.contains('<currentArtifact> / -Dperfgate.currentArtifact') : error
assert !(log =~ /pair 1 \(/)
assert !new File(basedir, 'target/perfgate').exists()

true
