// examples/demo as examples/README.md describes it: JVM start-up with class data sharing off (baseline)
// against the default (current), looked at after 8, 15 and 30 pairs, gated at 25%. CDS makes the current
// side faster, so the build never fails on it: PASS, or INCONCLUSIVE (with a warning) when a busy machine
// leaves the runs too noisy to decide within 30 pairs.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/jvm-startup.paired.json'))

assert log.contains('BUILD SUCCESS')
assert receipt.bench.name == 'jvm-startup'
assert receipt.bench.warmup == 2
assert receipt.bench.baseline_command.contains('-Xshare:off')
assert receipt.bench.current_command.contains('-Xshare:auto')
assert receipt.verdict.status in ['pass', 'inconclusive']
assert receipt.samples.count { !it.warmup } in [8, 15, 30] : 'the demo stops at a planned look'
def printed = log =~ /\[INFO\] verdict: ([A-Z]+)/
assert printed.find() : 'no verdict line in build.log'
assert printed.group(1) == receipt.verdict.status.toUpperCase()
// the progress lines examples/README.md quotes: 2 warmups and at most 30 measured pairs
assert log =~ /\[INFO\] \[jvm-startup\] pair 1 \(warmup\)/
def measured = /\[INFO\] \[jvm-startup\] pair 3 \(≤ 32\), \d+ s \((baseline|current) first\): / +
        /baseline [\d.]+ m?s, current [\d.]+ m?s/
assert log =~ measured
['jvm-startup.paired.md', 'jvm-startup.paired.html', 'TEST-perfgate-jvm-startup.xml'].each {
    assert new File(basedir, "target/perfgate/$it").isFile() : "no report $it beside the receipt"
}
println "example-demo: verdict ${receipt.verdict.status} after ${receipt.samples.count { !it.warmup }} pairs, " +
        "wall time ${receipt.analysis.wall_time.estimate_pct}%"
