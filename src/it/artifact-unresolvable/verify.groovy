def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD FAILURE')
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert error : 'no [ERROR] Failed to execute goal line'
assert error.contains("Cannot resolve <baselineArtifact> / -Dperfgate.baselineArtifact 'dev.perfgate.it.fake:absent:[1.0,)'") : error
assert error.contains('no released version matches') : error
// The repositories tried: the IT's local repository and the remote ones from settings.xml.
assert error.contains('Repositories tried: local repository ') : error
assert error.contains('local-repo') : error
assert error.contains('local.central (file:') : error
assert !(log =~ /pair 1 \(/)
assert !new File(basedir, 'target/perfgate').exists()

true
