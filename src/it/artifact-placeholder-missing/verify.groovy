def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def error = receipts.failedBeforeAnyRun(basedir)
assert error.contains('a command uses @{currentArtifact} but no currentArtifact is set') : error
assert error.contains('<currentArtifact> / -Dperfgate.currentArtifact') : error

true
