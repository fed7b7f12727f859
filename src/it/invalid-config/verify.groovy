def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD FAILURE')
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert error : 'no [ERROR] Failed to execute goal line'
assert error.contains('repeat must be between 1 and 10000; got 0') : error
assert error.contains('<repeat> / -Dperfgate.repeat') : error
assert !(log =~ /pair 1 \(/)
assert !new File(basedir, 'target/perfgate').exists()

true
