import java.security.MessageDigest

def receipts = evaluate(new File(itLib, 'receipts.groovy'))
def log = receipts.buildLog(basedir)
def receipt = receipts.read(new File(basedir, 'target/perfgate/artifacts.paired.json'))

assert log.contains('BUILD SUCCESS')
// The range takes the newest release (1.1), not the newer 2.0-SNAPSHOT; the exact version is taken as is.
assert log.contains('baselineArtifact dev.perfgate.it.fake:tool:sh:[1.0,) -> dev.perfgate.it.fake:tool:sh:1.1')
assert log.contains('currentArtifact dev.perfgate.it.fake:tool:sh:1.0 -> dev.perfgate.it.fake:tool:sh:1.0')
receipt.samples.each { s ->
    assert s.baseline.stdout.trim() == 'tool 1.1'
    assert s.current.stdout.trim() == 'tool 1.0'
}

def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def expect = [baseline_artifact: ['[1.0,)', '1.1'], current_artifact: ['1.0', '1.0']]
expect.each { field, versions ->
    def a = receipt.bench[field]
    assert a : "no bench.$field"
    assert a.requested == "dev.perfgate.it.fake:tool:sh:${versions[0]}"
    assert a.coordinates == "dev.perfgate.it.fake:tool:sh:${versions[1]}"
    def file = new File(a.file)
    assert file.isAbsolute() && file.isFile() : a.file
    // resolved into the IT's own local repository
    assert file.path.endsWith("dev/perfgate/it/fake/tool/${versions[1]}/tool-${versions[1]}.sh") : a.file
    assert a.sha256 == sha256(file)
    assert a.sha256 == sha256(new File(basedir, "tool-${versions[1]}.sh"))
}
// The command in the receipt is the one that ran: the placeholder replaced by the file.
assert receipt.bench.baseline_command == ['/bin/sh', receipt.bench.baseline_artifact.file]
assert receipt.bench.current_command == ['/bin/sh', receipt.bench.current_artifact.file]

true
