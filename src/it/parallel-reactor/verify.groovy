// Four benchmarks in a -T 4 build: each receipt's [started_at, ended_at] lies wholly before or after every
// other's, so no benchmark measured on top of another.
import java.time.Instant

def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD SUCCESS')
def runs = ['m1', 'm2', 'm3', 'm4'].collect { m ->
    def receipt = receipts.read(new File(basedir, "$m/target/perfgate/${m}.paired.json"))
    [name: m, start: Instant.parse(receipt.run.started_at), end: Instant.parse(receipt.run.ended_at)]
}.sort { it.start }
for (int i = 1; i < runs.size(); i++) {
    assert !runs[i].start.isBefore(runs[i - 1].end) :
            "${runs[i].name} started at ${runs[i].start} while ${runs[i - 1].name} ran until ${runs[i - 1].end}"
}

// Warned once, however many modules benchmark.
assert (log =~ /\[WARNING\] This is a parallel build \(-T 4\): perfgate measures one benchmark at a time/).count == 1
// Whoever waited inside this build said for whom, in the user's terms. (A wait for the machine-wide lock
// may name a benchmark of another build on the same machine, so only its form is checked.)
log.readLines().findAll { it.contains('waiting for ') }.each { line ->
    if (line.contains('machine-wide lock')) {
        assert line ==~ /\[INFO\] waiting for .+ to finish \(machine-wide lock .+\)/ : line
    } else {
        assert line ==~ /\[INFO\] waiting for benchmark 'm[1-4]' \(module m[1-4]\) to finish/ : line
    }
}
true
