// Both fixtures are upstream-shaped v1 receipts (validated against the v1 schema here), judged by
// perfgate:analyze with -Dperfgate.failOnRegression=5: the regression fails, the unchanged one passes.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

['upstream-regression.paired.json', 'upstream-unchanged.paired.json'].each { name ->
    def receipt = receipts.read(new File(basedir, name))
    assert receipt.tool.name == 'perfgate'
    assert !receipt.containsKey('config')
    assert !receipt.samples[0].baseline.containsKey('wall_ns')
    assert log.contains('Re-analysed ' + new File(basedir, name).canonicalPath + ' (nothing was run)')
}

// What was assumed without config, and the millisecond resolution, are said.
assert (log =~ /\[INFO\] The receipt has no config block \(upstream perfgate writes none\), so perfgate assumed: alpha 0\.05 \(from stats\.wall_diff_ms\.significance\.alpha\), one look, 12 measured and 0 warmup pairs/).count == 2
assert (log =~ /\[WARNING\] wall times are read from whole-millisecond wall_ms \(the receipt has no wall_ns\), so their resolution is 1 ms/).count == 2

// First run: ~10% against 5% fails, naming the figure; wall time is gated, never "not gated".
assert log =~ /\[INFO\] verdict: FAIL/
assert log =~ /wall time regression \((9|10|11)\.\d\d%\) exceeded threshold \(5\.00%\)/
assert log.contains('BUILD FAILURE')
// Second run: the unchanged receipt passes the same gate.
assert log =~ /\[INFO\] verdict: PASS/
assert log.contains('BUILD SUCCESS')
assert !log.contains('not gated')
true
