def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert !new File(basedir, 'pom.xml').exists()
assert log.contains('BUILD SUCCESS')
assert log.contains('Merging 1 receipt')

// no POM, so no ${project.build.directory}: the merged receipt lands in target/perfgate where Maven ran,
// never in a folder literally named ${project.basedir}
assert !new File(basedir, '${project.basedir}').exists()
def merged = receipts.read(new File(basedir, 'target/perfgate/interrupted.paired.json'))
// the interrupted build's complete pairs count like any shard's
assert merged.bench.repeat == 3
assert merged.samples.count { !it.warmup } == 3
assert merged.verdict != null
true
