def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

// The same command on both sides: PASS, stopped by the decision, before the 30-pair budget.
def unchanged = receipts.read(new File(basedir, 'target/perfgate/unchanged.paired.json'))
assert unchanged.verdict.status == 'pass' : unchanged.verdict.reasons
assert unchanged.config.stop_reason == 'decided'
assert unchanged.config.max_pairs == 30
assert unchanged.config.max_duration_ms == 300000
assert unchanged.bench.repeat < 30
assert unchanged.bench.repeat == unchanged.config.planned_looks[unchanged.config.looks_taken - 1]

// sleep 0.08 against sleep 0.05 (+60%): FAIL at the first look, not at the budget.
def slower = receipts.read(new File(basedir, 'target/perfgate/slower.paired.json'))
assert slower.verdict.status == 'fail' : slower.verdict.reasons
assert slower.config.stop_reason == 'decided'
assert slower.config.looks_taken == 1
assert slower.bench.repeat == slower.config.planned_looks[0]
assert slower.analysis.wall_time.ci_lower_pct > 0
assert slower.analysis.wall_time.estimate_pct > 10

// Progress lines say how far the run may go, and the time so far.
assert log =~ /\[INFO\] \[(unchanged|slower)\] pair 8 \(≤ 30\), \d+ s/
assert log.contains("perfgate 'slower' failed:")
assert log.contains('BUILD FAILURE')
println "default-decides-both-ways: unchanged PASS after ${unchanged.bench.repeat} pairs, slower FAIL after ${slower.bench.repeat}"

true
