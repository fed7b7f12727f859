def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/same.paired.json'))

assert log.contains('BUILD SUCCESS')
assert !log.contains('exceeded threshold')
assert receipt.samples.size() == 6
// PASS is expected (the interval's upper bound is far below +50%); a noisy machine may leave it
// INCONCLUSIVE, which onInconclusive=warn (the default) lets through with a warning. Never FAIL.
assert receipt.verdict.status in ['pass', 'inconclusive']
if (receipt.verdict.status == 'pass') {
    assert log =~ /\[INFO\] verdict: PASS/
} else {
    assert log =~ /\[WARNING\] INCONCLUSIVE: /
}
println "same-command-passes: verdict ${receipt.verdict.status}"

true
