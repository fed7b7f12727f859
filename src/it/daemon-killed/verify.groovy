// A daemon started by a measured command (new session, so outside its process group) must not outlive
// the run: it is found by the run's token, killed after the run, and the log names the pair and side.
def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)

assert log.contains('BUILD SUCCESS')
assert log =~ /\[WARNING\] \[[a-z-]+\] killed 1 process left behind by pair 1, current/
assert log =~ /\[WARNING\] \[[a-z-]+\] killed 1 process left behind by pair 2, current/
assert !(log =~ /left behind by pair \d+, baseline/)

def survivors = new File('/proc').listFiles().findAll { it.name ==~ /\d+/ }.findAll { p ->
    def cmdline = new File(p, 'cmdline')
    try { cmdline.text.contains('300.271828182845') } catch (IOException gone) { false }
}
assert survivors.isEmpty() : "daemons outlived the build: ${survivors*.name}"

receipts.read(new File(basedir, 'target/perfgate/daemon.paired.json'))
true
