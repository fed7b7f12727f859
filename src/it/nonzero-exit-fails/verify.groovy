def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receiptFile = new File(basedir, 'target/perfgate/nonzero.paired.json')

assert log.contains('BUILD FAILURE')
assert log.contains("perfgate 'nonzero' failed:")
assert log.contains('pair 1 current exit 3')
assert log.contains('pair 2 current exit 3')
// the first failure quotes the run's stderr, so the build log says why without opening the receipt
assert log.contains('pair 1 current exit 3; last lines of its stderr:')
assert log =~ /last lines of its stderr:\r?\n\s+failing on purpose/
assert !log.contains('baseline exit')
assert log.contains('Receipt: ' + receiptFile.canonicalPath)
// the progress line shows the exit code as it happens
assert log =~ /\[INFO\] \[nonzero\] pair 1 \(≤ 2\).*current \S+ \S+ exit 3/

def receipt = receipts.read(receiptFile)
assert receipt.samples.size() == 2
receipt.samples.each { s ->
    assert s.baseline.exit_code == 0
    assert s.current.exit_code == 3
    assert s.current.timed_out == false
    assert s.current.stderr.trim() == 'failing on purpose'
}

true
