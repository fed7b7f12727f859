def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/warmups.paired.json'))

assert receipt.bench.repeat == 3
assert receipt.bench.warmup == 2
assert receipt.samples.size() == 5
assert receipt.samples*.pair_index == [0, 1, 2, 3, 4]
assert receipt.samples*.warmup == [true, true, false, false, false]

// the statistics cover the 3 measured pairs only
def measured = receipt.samples.findAll { !it.warmup }
assert receipt.stats.wall_diff_ms.count == 3
assert receipt.stats.wall_diff_ms.significance.baseline_samples == 3
def baselineMs = measured*.baseline*.wall_ms
assert receipt.stats.baseline_wall_ms.min == baselineMs.min()
assert receipt.stats.baseline_wall_ms.max == baselineMs.max()

assert log =~ /\[INFO\] \[warmups\] pair 1 \(warmup/
assert log =~ /\[INFO\] \[warmups\] pair 2 \(warmup/
(3..5).each { n -> assert log =~ /\[INFO\] \[warmups\] pair $n \(≤ 5\)/ }
assert !(log =~ /pair [345] \(warmup/)
assert log.contains("perfgate paired 'warmups': 3 measured pairs, 2 warmup")
assert log.contains('BUILD SUCCESS')

true
