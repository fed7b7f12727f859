// paired ran once and reported (no threshold); analyze re-judged its receipt with 10% and failed the
// build without running a single command, leaving the receipt as it was.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receiptFile = new File(basedir, 'target/perfgate/rejudge.paired.json')

assert log.contains('BUILD FAILURE')
assert log =~ /\[INFO\] verdict: REPORT/ : 'paired should only report without a threshold'
assert log.contains('Re-analysed ' + receiptFile.canonicalPath + ' (nothing was run)')
assert log =~ /\[INFO\] verdict: FAIL/
assert log =~ /wall time regression \([0-9.]+%\) exceeded threshold \(10\.00%\)/
// 10 measured pairs ran in paired, and none in analyze
assert (log =~ /pair \d+ \(≤ 10\)/).count == 10

def receipt = receipts.read(receiptFile)
assert receipt.verdict.status == 'report' : 'analyze must not rewrite the receipt'
assert !receipt.config.containsKey('fail_on_regression')
// analyze replaced paired's JUnit report with its own judgement (-Dperfgate.junitXml), and left paired's HTML
// report alone (its html is off by default)
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/perfgate/TEST-perfgate-rejudge.xml'))
assert suite.testcase.find { it.@name == 'wall_time' }.failure.@type == 'perfgate.Regression'
assert suite.properties.property.find { it.@name == 'perfgate.verdict' }.@value == 'fail'
assert new File(basedir, 'target/perfgate/rejudge.paired.html').getText('UTF-8').contains('<header class="verdict report">')
true
