def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD FAILURE')
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert error : 'no [ERROR] Failed to execute goal line'
assert error.contains('failOnCpuRegression is 5% but the jdk runner does not measure CPU time') : error
assert error.contains('with onInconclusive=fail this gate could only fail the build') : error
assert error.contains('<failOnCpuRegression> / -Dperfgate.failOnCpuRegression') : error
assert !(log =~ /pair 1 \(/) : 'nothing may run before the configuration error'
assert !new File(basedir, 'target/perfgate').exists()

true
