def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD SUCCESS')
assert log.contains("perfgate paired 'fast': 2 measured pairs")
assert log.contains("perfgate paired 'slow': 3 measured pairs")
// each execution under the goal prefix, with its own id
assert log =~ /--- perfgate:[^:]+:paired \(fast\) @ two-executions ---/
assert log =~ /--- perfgate:[^:]+:paired \(slow\) @ two-executions ---/

def fast = receipts.read(new File(basedir, 'target/perfgate/fast.paired.json'))
def slow = receipts.read(new File(basedir, 'target/perfgate/slow.paired.json'))
assert fast.bench.name == 'fast'
assert fast.bench.baseline_command == ['sleep', '0.01']
assert fast.bench.current_command == ['sleep', '0.02']
assert fast.samples.size() == 2
assert slow.bench.name == 'slow'
assert slow.bench.baseline_command == ['sleep', '0.03']
assert slow.bench.current_command == ['sleep', '0.04']
assert slow.samples.size() == 3
assert fast.run.id != slow.run.id

// both attached, each under its own classifier (the attach line is logged at DEBUG)
assert log =~ /Attached .*fast\.paired\.json as json:perfgate-fast/
assert log =~ /Attached .*slow\.paired\.json as json:perfgate-slow/
true
