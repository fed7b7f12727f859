def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD SUCCESS')
assert log.contains('perfgate:paired')
// the parameters are listed (the help text is one multi-line INFO message) with their user property
['name', 'baseline', 'current', 'repeat', 'warmup', 'timeout', 'allowNonzero', 'failOnRegression',
 'onInconclusive', 'order', 'seed', 'outputFile', 'attach', 'exclusive', 'html', 'junitXml', 'skip',
 'baselineArtifact', 'currentArtifact'].each { p ->
    assert log =~ /(?m)^\s+$p\b/ : "parameter $p not listed"
    assert log.contains("User property: perfgate.$p") : "property perfgate.$p not documented"
}
assert log.contains('baselineCommand')
assert log.contains('currentCommand')
assert log =~ /(?m)^\s+metrics\b/ : 'parameter metrics not listed'
// javadoc text makes it through, with its examples
assert log.contains('Wall-time threshold in percent')
// the default of outputFile reads as a path (javadoc's {@code} once cut it at the first brace)
assert log.contains('${project.build.directory}/perfgate/<name>.paired.json')
// the Mojo's XML example is a block, one element per line, not one flattened paragraph
assert log =~ /(?m)^\s*<plugin>\s*$/
assert log =~ /(?m)^\s*<failOnRegression>5.0<\/failOnRegression>\s*$/
// a placeholder inside an example is shown whole (javadoc's {@code} once cut it at the placeholder's brace)
assert log.contains('<arg>@{baselineArtifact}</arg></baselineCommand>')
assert log =~ /(?m)^\s*<jsonFile>@\{metricFile\}<\/jsonFile>\s*$/
assert !log.contains('perfgate:0.1.0-SNAPSHOT:paired') // help ran, not the goal
assert !new File(basedir, 'target/perfgate').exists()
true
