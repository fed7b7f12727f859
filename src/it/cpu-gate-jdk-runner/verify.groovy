def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def error = receipts.failedBeforeAnyRun(basedir)
assert error.contains('failOnCpuRegression is 5% but the jdk runner does not measure CPU time') : error
assert error.contains('with onInconclusive=fail this gate could only fail the build') : error
assert error.contains('<failOnCpuRegression> / -Dperfgate.failOnCpuRegression') : error

true
