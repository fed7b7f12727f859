// One busy loop per CPU, started outside the build under test (children of the invoker, not of that Maven),
// each ending by itself after 120 s should verify.groovy never run; their pids go to burners.pids.
def cpus = Runtime.runtime.availableProcessors()
def pids = (1..cpus).collect {
    def burner = ['timeout', '120', 'sh', '-c', 'while :; do :; done'].execute()
    burner.pid()
}
new File(basedir, 'burners.pids').text = pids.join('\n')
true
