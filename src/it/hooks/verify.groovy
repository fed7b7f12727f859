def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def receipt = receipts.read(new File(basedir, 'target/perfgate/hooks.paired.json'))
def lines = new File(basedir, 'hooks.log').readLines()

// setup once, first; cleanup once, last; each of the 3 pairs (1 warmup + 2 measured) has two runs, each
// with prepare before it and its side's conclude after it
assert lines.first() == 'setup' && lines.count('setup') == 1
assert lines.last() == 'cleanup' && lines.count('cleanup') == 1
def runs = lines.subList(1, lines.size() - 1)
assert runs.size() == 3 * 2 * 3 : lines
runs.collate(3).each { run ->
    assert run[0] == 'prepare' : lines
    assert run[1] in ['baseline', 'current'] : lines
    assert run[2] == (run[1] == 'baseline' ? 'conclude-baseline' : 'conclude') : lines
}
assert runs.count('baseline') == 3 && runs.count('current') == 3

// the receipt records the commands (the one-string cleanup split into words); none of them is a sample
def hooks = receipt.config.hooks
assert hooks.setup == ['sh', '-c', 'echo setup >> hooks.log']
assert hooks.cleanup == ['sh', '-c', 'echo cleanup >> hooks.log']
assert hooks.prepare == ['sh', '-c', 'echo prepare >> hooks.log']
assert hooks.conclude == ['sh', '-c', 'echo conclude >> hooks.log']
assert hooks.baseline_conclude == ['sh', '-c', 'echo conclude-baseline >> hooks.log']
assert !hooks.containsKey('current_conclude') && !hooks.containsKey('baseline_prepare')
assert receipt.samples.size() == 3

def markdown = new File(basedir, 'target/perfgate/hooks.paired.md').getText('UTF-8')
assert markdown.contains("setup `sh -c echo setup >> hooks.log`")
assert markdown.contains("baseline conclude `sh -c echo conclude-baseline >> hooks.log`")
def html = new File(basedir, 'target/perfgate/hooks.paired.html').getText('UTF-8')
assert html.contains('cleanup') && html.contains('echo cleanup &gt;&gt; hooks.log')
true
