def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD FAILURE')
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert error : 'no [ERROR] Failed to execute goal line'
assert error.contains('/nonexistent/perfgate-no-such-command') : error
assert error.contains('baseline') : error
assert error.contains('<baseline> / -Dperfgate.baseline') : error
assert error.contains('<baselineCommand>') : error
// no pair ran and nothing was written: not even a half receipt or a temp file
assert !(log =~ /pair 1 \(/)
def dir = new File(basedir, 'target/perfgate')
assert !new File(dir, 'missing.paired.json').exists()
assert !dir.exists() || dir.list().length == 0 : "left in target/perfgate: ${dir.list()}"

true
