// verify failed the build: the shell-form ENTRYPOINT swallows arguments and SIGTERM, on both engines.
def Engines = evaluate(new File(itLib, 'engines.groovy'))
def log = new File(basedir, 'build.log').text
def shellLine = 'java -cp /app/classes it.shell.Worker; echo worker stopped'

assert log.contains('BUILD FAILURE')
assert !log.contains('failed unexpectedly')
assert log.contains('The image does not behave as declared: 6 of 10 scenarios passed on docker and podman')
['docker', 'podman'].each { engine ->
  assert log.contains("FAIL arguments-reach-entrypoint on ${engine}")
  assert log.contains("FAIL graceful-stop on ${engine}")
}
// Expected versus observed, in words.
assert log.contains("expected: the arguments verify-probe 'two words' reach the ENTRYPOINT's program as its own, which needs the ENTRYPOINT in exec form\n")
assert log.contains("observed: argv [\"/bin/sh\", \"-c\", \"${shellLine}\", \"verify-probe\", \"two words\"]: the ENTRYPOINT is shell form,"
    + " so /bin/sh -c runs only '${shellLine}'; the words after it, verify-probe 'two words', become \$0, \$1, ... of that line, which ignores them")
assert log.contains('expected: exits within 3.0 s of SIGTERM (docker stop -t 3)')
assert log.contains('observed: still running 3.0 s after SIGTERM: killed (exit code 137); PID 1 is /bin/sh -c,'
    + ' which does not pass SIGTERM on to the program it starts')
// The container's last output: Java started, and never saw the arguments.
assert log.contains('stdout (last 20 lines):')
assert log.contains('    worker started with arguments []')

// The reports say the same.
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/entrypoint/verify.xml'))
assert xml.@tests.text() == '10' && xml.@failures.text() == '4' && xml.@errors.text() == '0'
def failed = xml.testsuite.testcase.findAll { it.failure.size() > 0 }.collect { "${it.@classname}/${it.@name}" }
assert failed as Set == ['entrypoint.verify.docker/arguments-reach-entrypoint', 'entrypoint.verify.docker/graceful-stop',
                         'entrypoint.verify.podman/arguments-reach-entrypoint', 'entrypoint.verify.podman/graceful-stop'] as Set
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/entrypoint/verify.json'))
assert json.passed == false
assert json.results.find { it.scenario == 'graceful-stop' && it.engine == 'podman' }.mismatches[0].observed.contains('killed (exit code 137)')

// Nothing is left behind, though scenarios failed.
['docker', 'podman'].each { engine ->
  def (c1, containers) = Engines.run([engine, 'ps', '-a', '--format', '{{.Names}}'])
  assert !containers.readLines().any { it.startsWith('ep-verify-shell-form-') } : "${engine} has containers left:\n${containers}"
  def (c2, images) = Engines.run([engine, 'images', '--format', '{{.Repository}}'])
  assert !images.readLines().any { it.contains('ep-verify-shell-form') } : "${engine} has images left:\n${images}"
}
return true
