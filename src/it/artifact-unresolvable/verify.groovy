def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def error = receipts.failedBeforeAnyRun(basedir)
assert error.contains("Cannot resolve <baselineArtifact> / -Dperfgate.baselineArtifact 'dev.perfgate.it.fake:absent:[1.0,)'") : error
assert error.contains('no released version matches') : error
// The repositories tried: the IT's local repository and the remote ones from settings.xml.
assert error.contains('Repositories tried: local repository ') : error
assert error.contains('local-repo') : error
assert error.contains('local.central (file:') : error

true
