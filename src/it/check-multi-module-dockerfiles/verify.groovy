import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] api/Dockerfile:4 shell-form-cmd warning: CMD in shell form runs under /bin/sh -c, which stays PID 1')
assert log.contains('[ERROR] worker/docker/Containerfile:5 shell-form-cmd-under-entrypoint error: CMD in shell form is stored as ["/bin/sh", "-c", "run --queue jobs"]')
assert log.contains('entrypoint:check found 1 error, 0 warnings, 1 info')
assert log.contains('[INFO] worker/docker/Containerfile:4 jvm-memory-not-sized info:')
assert log.contains('the reports are worker/target/entrypoint/check.sarif')
assert !log.contains('failed unexpectedly')

def slurper = new JsonSlurper()
def paths = { String module ->
  slurper.parse(new File(basedir, module + 'target/entrypoint/check.json')).inputs*.path
}
// Each module checks its own Dockerfiles only, named from the top of the build.
assert paths('') == ['Dockerfile']
assert paths('api/') == ['api/Dockerfile']
assert paths('worker/') == ['worker/docker/Containerfile']

def api = slurper.parse(new File(basedir, 'api/target/entrypoint/check.json'))
assert api.failed == false
assert api.inputs[0].findings*.rule == ['shell-form-cmd']
assert api.inputs[0].cmd == ['/bin/sh', '-c', 'java -jar /app/api.jar']

def sarif = slurper.parse(new File(basedir, 'worker/target/entrypoint/check.sarif'))
assert sarif.runs[0].results*.ruleId == ['jvm-memory-not-sized', 'shell-form-cmd-under-entrypoint']
def location = sarif.runs[0].results.find { it.ruleId == 'shell-form-cmd-under-entrypoint' }.locations[0].physicalLocation
assert location.artifactLocation.uri == 'worker/docker/Containerfile'
assert location.region.startLine == 5
assert sarif.runs[0].originalUriBaseIds.SRCROOT.uri == basedir.toPath().toUri().toString()
return true
