// Shared by the ITs' verify.groovy scripts (the invoker passes this file's folder as `itLib`). Usage:
//   def receipts = evaluate(new File(itLib, 'receipts.groovy'))
//   def receipt = receipts.read(new File(basedir, 'target/perfgate/basic.paired.json'))
// read() validates a receipt with the unit tests' own checker, dev.perfgate.receipt.SchemaValidation (on
// the scripts' class path through the invoker's addTestClassPath), so ITs and unit tests apply one set of
// rules: the v1 schema (what a v1 reader accepts), the project's strict schema
// (src/main/resources/schema/perfgate.paired.v1.perfgate.schema.json: every field we add, typed, nothing
// undeclared, no null but v1's p_value) and integers written without a fraction, as serde requires.
// It then parses the receipt with JsonSlurperClassic, not JsonSlurper: JsonSlurper silently wraps
// integers above Long.MAX_VALUE.
import dev.perfgate.receipt.SchemaValidation
import groovy.json.JsonSlurperClassic

def isInteger = { v -> v instanceof Integer || v instanceof Long || v instanceof BigInteger }

def read = { File file ->
    assert file.isFile() : "no receipt at $file"
    def text = file.getText('UTF-8')
    def errors = SchemaValidation.errors(text)
    assert errors.isEmpty() : "receipt $file breaks the receipt schemas:\n  " + errors.replace('\n', '\n  ')
    new JsonSlurperClassic().parseText(text)
}

def buildLog = { File basedir ->
    def log = new File(basedir, 'build.log')
    assert log.isFile() : "no build.log in $basedir"
    log.getText('UTF-8')
}

// A build that must stop before any run: it failed, its one error line is returned for the caller's checks,
// no pair ran and no report folder was created.
def failedBeforeAnyRun = { File basedir ->
    def log = buildLog(basedir)
    assert log.contains('BUILD FAILURE')
    def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
    assert error : 'no [ERROR] Failed to execute goal line'
    assert !(log =~ /pair 1 \(/) : 'nothing may run before the configuration error'
    assert !new File(basedir, 'target/perfgate').exists()
    error
}

return [read: read, buildLog: buildLog, isInteger: isInteger, failedBeforeAnyRun: failedBeforeAnyRun]
