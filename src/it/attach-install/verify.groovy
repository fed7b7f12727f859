def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
assert log.contains('BUILD SUCCESS')

// localRepositoryPath is the ITs' own local repository (target/local-repo), passed in by the invoker
def dir = new File(localRepositoryPath, 'dev/perfgate/it/attach-install/1.0')
def installed = new File(dir, 'attach-install-1.0-perfgate-startup.json')
assert installed.isFile() : "not installed: $installed (the folder has ${dir.list()})"
assert new File(dir, 'attach-install-1.0.pom').isFile()

// what was installed is the receipt of this build
def built = new File(basedir, 'target/perfgate/startup.paired.json')
assert installed.bytes == built.bytes
def receipt = receipts.read(installed)
assert receipt.bench.name == 'startup'
true
