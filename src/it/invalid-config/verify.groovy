def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def error = receipts.failedBeforeAnyRun(basedir)
assert error.contains('repeat must be between 1 and 10000; got 0') : error
assert error.contains('<repeat> / -Dperfgate.repeat') : error

true
