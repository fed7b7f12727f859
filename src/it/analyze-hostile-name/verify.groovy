def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert errors.size() == 1 : errors
def receipt = new File(basedir, 'a/b/c/hostile.paired.json').canonicalPath
assert errors[0].contains("Cannot judge the receipt $receipt: bench.name 'x/../../../PWNED' may only contain"
        + " letters, digits, '.', '_' and '-'") : errors[0]
// Without the check, the JUnit report went to a/PWNED.xml, three folders up from the receipt's.
def written = []
basedir.eachFileRecurse { if (it.name.contains('PWNED')) written << it }
written.addAll(basedir.parentFile.listFiles().findAll { it.name.contains('PWNED') })
assert written.isEmpty() : written
assert !new File(basedir, 'a/b/c/hostile.paired.html').exists()
true
