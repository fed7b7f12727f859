def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

// Unchanged: the score read from beyond the 16 captured bytes (the last match, not the 1.5 before it), PASS.
def same = receipts.read(new File(basedir, 'target/perfgate/unchanged.paired.json'))
assert same.config.metrics == [[name: 'score', better: 'higher', fail_on_regression: 10.0, pattern: '^Score: ([0-9.]+) ops/s$']]
assert same.samples.size() == 6
same.samples.each { s ->
    [s.baseline, s.current].each { half ->
        assert half.stdout.length() <= 16
        assert half.metrics.score >= 100.0 && half.metrics.score <= 100.9 : half.metrics
        assert !half.containsKey('metric_errors')
    }
}
assert same.analysis.score.status == 'pass'
assert same.verdict.status == 'pass'

// Dropped 20%: FAIL, and the build fails saying so.
def dropped = receipts.read(new File(basedir, 'target/perfgate/dropped.paired.json'))
dropped.samples.each { s -> assert s.current.metrics.score < 81 && s.baseline.metrics.score >= 100 }
assert dropped.analysis.score.status == 'fail'
assert dropped.analysis.score.estimate_pct > 20 // analysed as 1/score: +25%
assert dropped.verdict.status == 'fail'
assert dropped.verdict.metric == 'score'
assert log =~ /\[INFO\]   score -(19|20)\.\d% \[.*\] \(higher is better; analysed as 1\/score: \+2[45]\.\d%\) — FAIL \(threshold: a drop of 10\.0%\)/
assert log.contains('BUILD FAILURE')
assert log =~ /score regression \(dropped (19|20)\.\d\d%\) exceeded threshold \(a drop of 10\.00%\)/
assert new File(basedir, 'target/perfgate/dropped.paired.md').text =~ /\| score \|.*\| \u2212(19|20)\.\d% \(higher is better\) \|.*\| \u221210\.0% \| FAIL \|/

true
