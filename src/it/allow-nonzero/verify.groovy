def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD SUCCESS')
assert !log.contains('current exit 3')  // no failure reason, only the progress line's "exit 3"
assert log =~ /\[INFO\] \[allowed\] pair 1 \(≤ 2\).*current \S+ \S+ exit 3/

def receipt = receipts.read(new File(basedir, 'target/perfgate/allowed.paired.json'))
assert receipt.samples*.current*.exit_code == [3, 3]
assert receipt.samples*.baseline*.exit_code == [0, 0]

true
