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

// The HTML report and the JUnit XML agree with the verdict: all green for PASS, the wall time
// skipped (with its reason) for INCONCLUSIVE under onInconclusive=warn.
def page = new File(basedir, 'target/perfgate/same.paired.html').getText('UTF-8')
assert page.contains("<header class=\"verdict ${receipt.verdict.status}\">")
assert page.contains('The build passes.')
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/perfgate/TEST-perfgate-same.xml'))
assert suite.@failures == '0'
def wallCase = suite.testcase.find { it.@name == 'wall_time' }
if (receipt.verdict.status == 'pass') {
    assert suite.@skipped == '0'
    assert wallCase.'system-out'.text().contains('; PASS')
} else {
    assert wallCase.skipped.@message.text().startsWith('wall time ')
    assert wallCase.skipped.@message.text().contains(receipt.analysis.wall_time.reason)
}

true
