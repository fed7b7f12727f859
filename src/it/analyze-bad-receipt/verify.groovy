def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert errors.size() == 2 : errors
def nullSample = new File(basedir, 'null-sample.paired.json').canonicalPath
assert errors[0].contains("Cannot judge the receipt $nullSample: samples[1] is null; perfgate.paired.v1 requires a pair there") : errors[0]
def runSchema = new File(basedir, 'run-schema.json').canonicalPath
assert errors[1].contains("Cannot judge the receipt $runSchema: the file is a perfgate.run.v1 document, not a perfgate.paired.v1 receipt") : errors[1]
assert !log.contains('NullPointerException')
assert !log.contains('Feature')
true
