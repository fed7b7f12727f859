def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/same.paired.json'))

// An A/A comparison: the same command on both sides, with a 50% threshold. Whatever the machine's load,
// the gate must never call it a regression. On a quiet machine the verdict is PASS (the interval's upper
// bound is far below +50%); when a few runs are slowed by other work it may be INCONCLUSIVE, which
// onInconclusive=warn (the default) lets through with a warning. So assert what holds in every outcome.
assert log.contains('BUILD SUCCESS')
assert !log.contains('exceeded threshold')
assert !(log =~ /\[INFO\] verdict: FAIL/)
assert receipt.samples.size() == 10
assert receipt.verdict.status in ['pass', 'inconclusive']
// the summary leads with the verdict the receipt records
def printed = log =~ /\[INFO\] verdict: ([A-Z]+)/
assert printed.find() : 'no verdict line in build.log'
assert printed.group(1) == receipt.verdict.status.toUpperCase()
if (receipt.verdict.status == 'inconclusive') {
    assert log =~ /\[WARNING\] INCONCLUSIVE: / : 'an INCONCLUSIVE verdict under onInconclusive=warn must warn'
} else {
    assert !(log =~ /\[WARNING\] INCONCLUSIVE/)
}
println "same-command-passes: verdict ${receipt.verdict.status}"

true
