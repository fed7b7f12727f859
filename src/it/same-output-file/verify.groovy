// Two executions writing one receipt file would each attach the last receipt under their own
// classifier: the second must be refused before it runs a pair, naming both executions.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD FAILURE')
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert error : 'no [ERROR] Failed to execute goal line'
assert error.contains('Two perfgate executions write the same receipt') : error
assert error.contains("execution 'fast'") && error.contains("execution 'slow'") : error
assert error.contains('<outputFile> / -Dperfgate.outputFile') : error

def receipt = receipts.read(new File(basedir, 'target/shared.json'))
assert receipt.bench.name == 'first'
assert (log =~ /\] pair \d+ \(≤/).count == 2 : 'the second execution must not run any pair'
true
