def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/hookfails.paired.json'))

assert log.contains('BUILD FAILURE')
// which command, where (side and pair), how it ended and its output
// (the quoted command holds parentheses of its own: $(wc -l < prepared))
assert log =~ /the prepare command before the (baseline|current) run of pair 3 \(<prepareCommand> \/ -Dperfgate.prepare: sh -c echo x >> prepared; .*\) failed: exit 7; last lines of its stderr:\s+cache is locked/

// the receipt is written for the pairs that ran, judged, and says why the run stopped
assert receipt.samples.size() == 2
assert receipt.config.stop_reason == 'failed_hook'
assert receipt.verdict != null
assert new File(basedir, 'prepared').readLines().size() == 5

// the cleanup command ran after the failure
assert new File(basedir, 'cleaned').text.trim() == 'cleaned'
true
