// Two shards measured the same benchmarks on "two machines" (two builds); neither shard could prove the
// regression alone, so neither failed. The merge kept each shard's pairs apart, proved it, failed the build
// and wrote one receipt with every pair and its stratum; the unchanged benchmark's merge passed.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

[1, 2].each { shard ->
    def own = receipts.read(new File(basedir, "shards/$shard/regressed.paired.json"))
    assert own.config.shard == "$shard/2"
    assert own.samples.count { !it.warmup } == 10
    def latency = own.analysis.latency
    assert latency.ci_lower_pct <= 0 : "shard $shard alone should not prove the regression: $latency"
    assert latency.status != 'fail'
}
assert log.contains("Shard 1/2 of benchmark 'regressed'") && log.contains("Shard 2/2 of benchmark 'unchanged'")
assert log.contains('the verdict is taken by perfgate:merge over the receipts of all 2 shards') : 'a shard says where its verdict is taken'

def merged = receipts.read(new File(basedir, 'merged-regressed/regressed.paired.json'))
assert merged.verdict.status == 'fail'
assert merged.samples.size() == 20
assert merged.samples.collect { it.stratum } == [0] * 10 + [1] * 10
assert merged.samples.collect { it.pair_index } == (0..19).toList()
assert merged.merge.strata*.name == ['shards/1/regressed.paired.json', 'shards/2/regressed.paired.json']
assert merged.merge.strata*.shard == ['1/2', '2/2']
def latency = merged.analysis.latency
assert latency.method == 'inverse_variance_hodges_lehmann'
assert latency.ci_lower_pct > 0 && latency.estimate_pct > 2
assert merged.merge.metrics.latency.strata.size() == 2
assert log =~ /latency regression \([0-9.]+%\) exceeded threshold \(2\.00%\)/
assert new File(basedir, 'merged-regressed/regressed.paired.html').getText('UTF-8').contains('<svg class="forest"')
assert new File(basedir, 'merged-regressed/regressed.paired.md').getText('UTF-8')
        .contains('| `shards/1/regressed.paired.json (shard 1/2)` | 10 |')
assert new File(basedir, 'merged-regressed/TEST-perfgate-regressed.xml').isFile()

def unchanged = receipts.read(new File(basedir, 'merged-unchanged/unchanged.paired.json'))
assert unchanged.verdict.status == 'pass'
assert unchanged.samples.size() == 20
true
