def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receiptFile = new File(basedir, 'target/perfgate/regression.paired.json')

assert log.contains('BUILD FAILURE')
assert log.contains("perfgate 'regression' failed:")
// e.g. "wall time regression (398.12%) exceeded threshold (10.00%)"
def reason = log =~ /wall time regression \(([0-9.]+)%\) exceeded threshold \(10\.00%\)/
assert reason.find() : 'no regression reason in build.log'
assert (reason.group(1) as double) > 100 : "sleep 0.25 vs 0.05 should be far more than 100% slower: ${reason.group(0)}"
assert log =~ /\[INFO\] verdict: FAIL/
assert log.contains('Receipt: ' + receiptFile.canonicalPath)

def receipt = receipts.read(receiptFile)
assert receipt.verdict.status == 'fail'
assert receipt.samples.size() == 10
// 250 - 50 = 200 ms expected; a loaded machine adds noise, not 100 ms to most baseline runs. (Medians
// only: one baseline run stalled for a second by other work would drag a mean below any bound.)
assert receipt.stats.current_wall_ms.median - receipt.stats.baseline_wall_ms.median >= 100
assert receipt.stats.wall_diff_ms.median >= 100
assert receipt.samples.every { it.baseline.exit_code == 0 && it.current.exit_code == 0 }

true
