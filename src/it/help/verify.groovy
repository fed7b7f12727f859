def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD SUCCESS')
assert log.contains('perfgate:paired')
// the parameters are listed (the help text is one multi-line INFO message) with their user property
['name', 'baseline', 'current', 'repeat', 'warmup', 'timeout', 'allowNonzero', 'failOnRegression',
 'onInconclusive', 'order', 'seed', 'outputFile', 'attach', 'skip', 'baselineArtifact', 'currentArtifact'].each { p ->
    assert log =~ /(?m)^\s+$p\b/ : "parameter $p not listed"
    assert log.contains("User property: perfgate.$p") : "property perfgate.$p not documented"
}
assert log.contains('baselineCommand')
assert log.contains('currentCommand')
assert log =~ /(?m)^\s+metrics\b/ : 'parameter metrics not listed'
// javadoc text makes it through, with its examples
assert log.contains('Wall-time threshold in percent')
assert !log.contains('perfgate:0.1.0-SNAPSHOT:paired') // help ran, not the goal
assert !new File(basedir, 'target/perfgate').exists()
true
