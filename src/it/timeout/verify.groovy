def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receiptFile = new File(basedir, 'target/perfgate/timeout.paired.json')

assert log.contains('BUILD FAILURE')
assert log.contains('pair 1 current timed out')
assert log =~ /\[INFO\] \[timeout\] pair 1 \(≤ 1\).*current \S+ \S+ TIMED OUT/

def receipt = receipts.read(receiptFile)
assert receipt.bench.timeout_ms == 500
def current = receipt.samples[0].current
assert current.timed_out == true
assert receipt.samples[0].baseline.timed_out == false
// Killed, not waited for: the command sleeps five minutes, so a run or a build that ended sooner was cut
// short (no bound tighter than that: a saturated machine may be slow to start Maven or to kill).
assert current.wall_ms < 299_713 : "timed-out run took ${current.wall_ms} ms"
def total = log =~ /Total time:\s+(?:([0-9]+):)?([0-9.]+) (s|min)/
assert total.find() : 'no Total time in build.log'
def seconds = total.group(3) == 's' ? (total.group(2) as double) : (total.group(1) as int) * 60 + (total.group(2) as double)
assert seconds < 299.713 : 'the build waited for the sleep'
// the grandchild (sh runs "sleep 299.713" in the background) was killed with the tree
def survivors = new File('/proc').listFiles().findAll { it.name ==~ /\d+/ }.findAll { p ->
    try { new File(p, 'cmdline').text.split('\u0000') as List == ['sleep', '299.713'] } catch (IOException ignored) { false }
}
assert survivors.isEmpty() : "the timed-out command's grandchild survived: pids ${survivors*.name}"

true
