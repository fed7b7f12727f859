def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/basic.paired.json'))

assert receipt.schema == 'perfgate.paired.v1'
assert receipt.tool.name == 'perfgate-maven-plugin'
assert receipt.tool.version == '0.1.0-SNAPSHOT'
assert receipt.bench.name == 'basic'
assert receipt.bench.baseline_command == ['/bin/sh', '-c', 'sleep 0.02; echo baseline out']
assert receipt.bench.current_command == ['/bin/sh', '-c', 'sleep 0.03; echo current out']
assert receipt.bench.repeat == 3
assert receipt.bench.warmup == 0

assert receipt.samples.size() == 3
receipt.samples.eachWithIndex { s, i ->
    assert s.pair_index == i
    assert s.warmup == false
    [s.baseline, s.current].each { half ->
        assert receipts.isInteger(half.wall_ms)
        assert receipts.isInteger(half.wall_ns)
        // the exact figure and the rounded one agree; both sides slept at least 20 ms
        assert half.wall_ms == Math.round(half.wall_ns / 1e6)
        assert half.wall_ns >= 20_000_000L
        assert half.exit_code == 0
        assert half.timed_out == false
    }
    assert s.baseline.stdout.trim() == 'baseline out'
    assert s.current.stdout.trim() == 'current out'
    assert s.wall_diff_ms == s.current.wall_ms - s.baseline.wall_ms
}
assert receipt.stats.wall_diff_ms.count == 3
assert receipt.stats.wall_diff_ms.significance.containsKey('p_value')

(1..3).each { n ->
    // repeat 3 alone: upstream's fixed 3 pairs, so the run's length is known: "pair 2 (≤ 3), 0 s"
    assert log =~ /\[INFO\] \[basic\] pair $n \(≤ 3\), \d+ s/ : "no progress line for pair $n"
}
assert !(log =~ /pair 4 \(/)
assert log.contains("perfgate paired 'basic': 3 measured pairs, 0 warmup")
assert log =~ /\[INFO\] verdict: [A-Z]+/
assert log.contains('receipt: ' + new File(basedir, 'target/perfgate/basic.paired.json').canonicalPath)
assert log.contains('BUILD SUCCESS')

// The Markdown report beside the receipt, and the same text appended to the GitHub job summary.
def markdown = new File(basedir, 'target/perfgate/basic.paired.md')
assert markdown.isFile()
assert markdown.text.startsWith("### perfgate `basic`: ")
assert markdown.text.contains('| wall time | ')
assert log.contains('report: ' + markdown.canonicalPath)
def summary = new File(basedir, 'step-summary.md')
assert summary.isFile() : 'GITHUB_STEP_SUMMARY was not appended to'
assert summary.text.trim() == markdown.text.trim()

// HTML and JUnit reports by default; no threshold, so every test case passes.
assert new File(basedir, 'target/perfgate/basic.paired.html').isFile()
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/perfgate/TEST-perfgate-basic.xml'))
assert suite.testcase.size() >= 2 // wall time (+ CPU time, peak memory on posix) and the measured runs
assert suite.@failures == '0' && suite.@skipped == '0'

true
