def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def error = receipts.failedBeforeAnyRun(basedir)
assert error.contains("@{projectArtifact} is this build's main artifact, which is not packaged yet") : error
assert error.contains('run perfgate:paired after the package phase') : error

true
