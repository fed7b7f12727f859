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

// The HTML report and the JUnit XML beside the receipt say FAIL too.
def html = new File(basedir, 'target/perfgate/regression.paired.html')
assert html.isFile()
def page = html.getText('UTF-8')
assert page.contains('<header class="verdict fail">')
assert page.contains('The build fails.')
def wall = page.substring(page.indexOf('id="metric-wall_time"'))
wall = wall.substring(0, wall.indexOf('</section>'))
assert (wall =~ /class="point baseline measured"/).count == 10
assert (wall =~ /class="point current measured"/).count == 10
assert wall.contains('class="interval"') && wall.contains('class="threshold"')
assert !(page =~ /(?i)(src|href)\s*=\s*"(https?:)?\/\//)
assert log.contains('HTML report: ' + html.canonicalPath)

def junitFile = new File(basedir, 'target/perfgate/TEST-perfgate-regression.xml')
assert junitFile.isFile()
def suite = new groovy.xml.XmlSlurper().parse(junitFile)
assert suite.@name == 'perfgate.regression'
assert suite.@failures.toInteger() >= 1
def wallCase = suite.testcase.find { it.@name == 'wall_time' }
assert wallCase.failure.@type == 'perfgate.Regression'
assert wallCase.failure.@message.text() =~ /wall time \+\d+\.\d%/
assert wallCase.'system-out'.text().contains('threshold +10.0%; FAIL')
assert log.contains('JUnit report: ' + junitFile.canonicalPath)

true
