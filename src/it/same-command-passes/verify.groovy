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
