import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// entrypoint:build made the image, with the script where the project put it.
assert new File(basedir, 'target/entrypoint/image.tar').isFile()
assert log.contains('''[ERROR] target/entrypoint/image.tar entrypoint-missing error: The image's ENTRYPOINT starts /app/run.sh, but the image has no /app/run.sh: every 'docker run' fails with 'exec: "/app/run.sh": stat /app/run.sh: no such file or directory'.''')
assert log.contains('entrypoint:check found 1 error')
assert !log.contains('failed unexpectedly')

def json = new JsonSlurper().parse(new File(basedir, 'target/entrypoint/check.json'))
def pom = json.inputs.find { it.kind == 'pom' }
def image = json.inputs.find { it.kind == 'image' }
// The pom cannot know the image's files, so its input is clean; the image's is not.
assert !pom.findings*.rule.contains('entrypoint-missing')
assert image.entrypoint == ['/app/run.sh']
assert image.skippedRules == []
assert image.findings*.rule == ['entrypoint-missing']
return true
