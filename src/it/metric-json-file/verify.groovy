def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/json.paired.json'))

assert log.contains('BUILD SUCCESS')
assert receipt.config.metrics == [[name: 'latency_us', better: 'lower', json_file: '@{metricFile}',
                                   json_pointer: '/0/primaryMetric/score']]
// The receipt keeps the command as configured; each run got its own file.
assert receipt.bench.baseline_command.last() == '@{metricFile}'
receipt.samples.each { s ->
    assert s.baseline.metrics.latency_us in (20.5..29.5)
    assert s.current.metrics.latency_us in (30.5..39.5)
}
def a = receipt.analysis.latency_us
assert a.status == 'report' && a.n == 3
assert a.estimate_pct > 10
assert log =~ /\[INFO\]   latency_us \+\d+\.\d% \[.*\] — reported \(no threshold\)/

true
