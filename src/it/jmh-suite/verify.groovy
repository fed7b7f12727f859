// A real JMH 1.37 suite, gated end to end: Codec.encode is three times slower in the current command
// (-Dit.slow=encode) and alone FAILs; every other benchmark stays unfailed, each in its own direction.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/suite.paired.json'))

assert log.contains('BUILD FAILURE')
assert receipt.verdict.status == 'fail'

// One gated metric per benchmark and parameter set, named Class.method[params], direction from the mode.
def keys = ['jmh:Codec.decode', 'jmh:Codec.encode', 'jmh:Sized.fill[size=10]', 'jmh:Sized.fill[size=100]',
            'jmh:Work.jdkSort', 'jmh:Work.loop']
assert receipt.benchmarks.keySet() as Set == keys as Set
assert receipt.benchmarks['jmh:Work.loop'] == [suite: 'jmh', class_name: 'Work', test: 'loop', mode: 'thrpt',
                                                unit: 'ops/ms', better: 'higher']
assert receipt.benchmarks['jmh:Sized.fill[size=100]'].test == 'fill[size=100]'
assert receipt.benchmarks['jmh:Codec.encode'].better == 'lower'
receipt.samples.findAll { !it.warmup }.each { s -> keys.each { k -> assert s.baseline.metrics[k] > 0 && s.current.metrics[k] > 0 } }

def encode = receipt.analysis['jmh:Codec.encode']
assert encode.status == 'fail'
assert encode.estimate_pct > 25 && encode.ci_lower_pct > 0
assert encode.fail_level > 0 && encode.fail_level < receipt.config.alpha_per_look
(keys - ['jmh:Codec.encode', 'jmh:Work.jdkSort']).each { k ->
    assert receipt.analysis[k].status != 'fail' : "$k: ${receipt.analysis[k].reason}"
}
// The throughput is stated in its own terms; the ruler never fails.
def loop = receipt.analysis['jmh:Work.loop']
assert loop.better == 'higher' && loop.own_estimate_pct != null
assert receipt.analysis['jmh:Work.jdkSort'].ruler == true
assert receipt.analysis['jmh:Work.jdkSort'].status != 'fail'
assert receipt.verdict.family.method == 'holm_step_down_per_look'
assert receipt.verdict.family.gated_metrics == 5        // wall time is not gated, the ruler is not counted
assert receipt.verdict.family.failed >= 1

// The log names the failed benchmark in its own terms; the build's reason too.
assert log =~ /FAIL +jmh:Codec\.encode \+\d+\.\d% \[/
assert log.contains('jmh:Codec.encode regression +')

// JUnit XML: one test case per benchmark, class = the benchmark's class, a failure for the slower one.
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/perfgate/TEST-perfgate-suite.xml'))
def encodeCase = suite.testcase.find { it.@classname == 'Codec' && it.@name == 'encode' }
assert encodeCase.size() == 1
assert encodeCase.failure.size() == 1
assert suite.testcase.find { it.@classname == 'Sized' && it.@name == 'fill[size=100]' }.failure.size() == 0
assert suite.testcase.find { it.@classname == 'Work' && it.@name == 'loop' }.size() == 1

// The HTML report draws the suite as a forest plot.
def page = new File(basedir, 'target/perfgate/suite.paired.html').getText('UTF-8')
assert page.contains('class="chart forest"')
assert (page =~ /<circle class="estimate"/).count == 6
