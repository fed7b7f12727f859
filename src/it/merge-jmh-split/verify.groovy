// Two shards each ran and gated half of a JMH suite (their own include, passed to the fake JMH as well); the
// merge took the union: every benchmark decided from the shard that ran it, the slower one and the lower
// throughput failing in their own terms, and the JUnit report naming each under its class.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

def codec = receipts.read(new File(basedir, 'shards/codec/suite.paired.json'))
assert codec.analysis.keySet().findAll { it.startsWith('jmh:') } == ['jmh:Codec.decode', 'jmh:Codec.encode'] as Set
def work = receipts.read(new File(basedir, 'shards/work/suite.paired.json'))
assert work.analysis.keySet().findAll { it.startsWith('jmh:') } == ['jmh:Work.loop', 'jmh:Work.sort'] as Set

def merged = receipts.read(new File(basedir, 'merged/suite.paired.json'))
assert merged.verdict.status == 'fail'
assert merged.analysis['jmh:Codec.encode'].status == 'fail'
assert merged.analysis['jmh:Work.loop'].status == 'fail'
assert merged.analysis['jmh:Work.loop'].better == 'higher'
assert merged.analysis['jmh:Codec.decode'].status != 'fail'
assert merged.analysis['jmh:Work.sort'].status != 'fail'
assert merged.merge.metrics['jmh:Codec.encode'].strata*.stratum == [0]
assert merged.merge.metrics['jmh:Work.loop'].strata*.stratum == [1]
assert merged.benchmarks.keySet() == ['jmh:Codec.decode', 'jmh:Codec.encode', 'jmh:Work.loop', 'jmh:Work.sort'] as Set
assert merged.config.metrics[0].include == null : 'the merge covers the union, no single shard choice'
assert log.contains('jmh:Work.loop regression \u221225.') : 'the throughput drop reads in its own terms'

def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'merged/TEST-perfgate-suite.xml'))
def failed = suite.'**'.findAll { it.name() == 'testcase' && it.failure.size() > 0 }
        .collect { it.@classname.toString() + '#' + it.@name.toString() }
assert failed.any { it.endsWith('Codec#encode') } && failed.any { it.endsWith('Work#loop') } : failed
assert failed.size() == 2 : failed
true
