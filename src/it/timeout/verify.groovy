def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receiptFile = new File(basedir, 'target/perfgate/timeout.paired.json')

assert log.contains('BUILD FAILURE')
assert log.contains('pair 1 current timed out')
assert log =~ /\[INFO\] pair 1 \(≤ 1\).*current \S+ \S+ TIMED OUT/

def receipt = receipts.read(receiptFile)
assert receipt.bench.timeout_ms == 500
def current = receipt.samples[0].current
assert current.timed_out == true
assert receipt.samples[0].baseline.timed_out == false
// killed soon after 500 ms, not after the command's own 30 s
assert current.wall_ms >= 450 && current.wall_ms < 10_000 : "timed-out run took ${current.wall_ms} ms"
// the whole Maven build was quick too
def total = log =~ /Total time:\s+([0-9.]+) s/
assert total.find() && (total.group(1) as double) < 25 : 'the build waited for sleep 30'
// the grandchild (sh runs "sleep 29.713" in the background) was killed with the tree
def survivors = new File('/proc').listFiles().findAll { it.name ==~ /\d+/ }.findAll { p ->
    try { new File(p, 'cmdline').text.split('\u0000') as List == ['sleep', '29.713'] } catch (IOException ignored) { false }
}
assert survivors.isEmpty() : "the timed-out command's grandchild survived: pids ${survivors*.name}"

true
