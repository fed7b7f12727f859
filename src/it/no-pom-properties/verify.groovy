def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert !new File(basedir, 'pom.xml').exists()
assert log.contains('BUILD SUCCESS')
assert log.contains("perfgate paired 'adhoc': 2 measured pairs, 0 warmup")

def receipt = receipts.read(new File(basedir, 'target/perfgate/adhoc.paired.json'))
assert receipt.bench.name == 'adhoc'
// the one-string forms were split into words, quotes and all
assert receipt.bench.baseline_command == ['sleep', '0.01']
assert receipt.bench.current_command == ['sleep', '0.02']
assert receipt.bench.repeat == 2
// no POM, no ${project.basedir}: the commands run where Maven runs, and cwd is then left out
assert receipt.bench.cwd == null || new File(receipt.bench.cwd).canonicalPath == basedir.canonicalPath
// and nothing went to a folder literally named ${project.basedir}
assert !new File(basedir, '${project.basedir}').exists()
assert receipt.samples.every { it.current.wall_ms >= 20 && it.baseline.wall_ms >= 10 }
true
