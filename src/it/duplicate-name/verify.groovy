// Two executions with the same name would overwrite one receipt with the other: the second one must
// refuse before running anything, and the first receipt must survive untouched.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD FAILURE')
assert log.contains("already attached a receipt with classifier 'perfgate-fast'")
assert log.contains('Give each execution its own <name>')

def receipt = receipts.read(new File(basedir, 'target/perfgate/fast.paired.json'))
// The surviving receipt is the first execution's: its commands, not the second's.
assert receipt.bench.name == 'fast'
assert receipt.bench.baseline_command == ['sleep', '0.01']
assert receipt.samples.size() == 2
assert (log =~ /pair \d+ \(≤ /).count == 2 : 'the second execution must not run any pair'
true
