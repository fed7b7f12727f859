def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receiptFile = new File(basedir, 'target/perfgate/interrupted.paired.json')
def receipt = receipts.read(receiptFile) // strict schema: an interrupted receipt must carry no verdict

// the 4th current run was cut: only the 3 complete pairs are kept
assert new File(basedir, 'current-runs').readLines().size() == 4
assert receipt.samples.size() == 3
assert receipt.samples.every { it.baseline.exit_code == 0 && it.current.exit_code == 0 }
assert receipt.run.interrupted.reason == 'stopped by a signal: Ctrl-C, SIGTERM or a CI time limit'
assert receipt.run.interrupted.at =~ /^\d{4}-\d\d-\d\dT/
assert !receipt.containsKey('verdict') && !receipt.containsKey('analysis')
assert receipt.config.stop_reason == 'interrupted'

// the cleanup command ran while the JVM shut down
assert new File(basedir, 'cleaned').text.trim() == 'cleaned'

// the reports say it was interrupted
def markdown = new File(basedir, 'target/perfgate/interrupted.paired.md').getText('UTF-8')
assert markdown.startsWith('### perfgate `interrupted`: ⏹ INTERRUPTED')
assert markdown.contains('**Interrupted** at ')

// the second build: analyze read the interrupted receipt and judged its 3 pairs
assert log.contains('Re-analysed ' + receiptFile.canonicalPath)
assert log =~ /perfgate paired 'interrupted': 3 measured pairs/
true
