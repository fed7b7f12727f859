// Stop the busy loops first, whatever the checks below find: each `timeout` and the shell it started.
new File(basedir, 'burners.pids').readLines().each { pid ->
    ProcessHandle.of(pid as long).ifPresent { timeout ->
        timeout.descendants().forEach { it.destroyForcibly() }
        timeout.destroyForcibly()
    }
}

def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/busy.paired.json'))
def machine = receipt.run.machine
assert machine : 'no run.machine in the receipt'

int cpus = Runtime.runtime.availableProcessors()
assert machine.allowed_cpus == cpus
assert machine.usable_cpus > 0
assert machine.before.load_average >= 0 && machine.after.load_average >= 0
assert machine.swap_in_pages != null && machine.swap_out_pages != null
// one busy loop per CPU ran throughout: others kept at least half of the CPUs busy (the commands only slept)
assert machine.other_cpus_used >= cpus / 2 : "other_cpus_used ${machine.other_cpus_used} of $cpus"
assert machine.busy == true
assert machine.concerns.any { it.startsWith('other processes used ') && it.endsWith(" of $cpus CPUs during the run") }

// One plain warning, naming the busy machine as the likely cause of the INCONCLUSIVE verdict (3 pairs decide nothing).
assert receipt.verdict.status == 'inconclusive'
def warnings = log.readLines().findAll { it.startsWith('[WARNING] busy machine: ') }
assert warnings.size() == 1 : warnings
assert warnings[0] =~ /other processes used [\d.]+ of \d+ CPUs during the run: that is the likely cause of the INCONCLUSIVE verdict/

// The reports show the machine's state beside the verdict.
def markdown = new File(basedir, 'target/perfgate/busy.paired.md').getText('UTF-8')
assert markdown =~ /\nmachine: \*\*busy\*\* · other processes used [\d.]+ of \d+ CPUs/
def html = new File(basedir, 'target/perfgate/busy.paired.html').getText('UTF-8')
assert html =~ /<p class="machine">machine: <strong>busy<\/strong> · other processes used [\d.]+ of \d+ CPUs/
true
