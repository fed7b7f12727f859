def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def receipt = receipts.read(new File(basedir, 'target/perfgate/dollars.paired.json'))

// The POM's plugin configuration reads "$$" as an escaped "$": <arg>kill -SEGV $$</arg> would reach the
// shell as "kill -SEGV $". A literal "$$" is written "$$$$"; a lone "$" stays as it is.
assert receipt.bench.baseline_command == ['/bin/sh', '-c', 'exit 0', 'one$two', 'one$$two', 'one$two']

// The one-string form from a user property (-Dperfgate.current=...) is not touched: "$$" stays "$$".
assert receipt.bench.current_command == ['/bin/sh', '-c', 'exit 0', 'one$$two', 'one$$$$two', 'one$two']
true
