// Each invocation failed the build unless verify passed on both engines, so reaching this script
// means tar, docker and registry targets all verified. The last run (entrypoint:verify alone, in
// a Maven run of its own) must have found the pushed image through target/entrypoint/image.source.
import groovy.json.JsonSlurper

def Engines = evaluate(new File(itLib, 'engines.groovy'))
def log = new File(basedir, 'build.log').text
try {
  def source = new File(basedir, 'target/entrypoint/image.source').text.trim()
  assert source ==~ /registry:\/\/localhost:5555\/it\/every-target@sha256:[0-9a-f]{64}/
  def digest = new File(basedir, 'target/entrypoint/image.digest').text.trim()
  assert source.endsWith(digest)

  def report = new JsonSlurper().parse(new File(basedir, 'target/entrypoint/verify.json'))
  assert report.passed == true
  assert report.engines*.engine as Set == ['docker', 'podman'] as Set
  assert log.contains('Copying localhost:5555/it/every-target@' + digest + ' to docker')
  assert log.contains('Copying localhost:5555/it/every-target@' + digest + ' to podman')

  // What verify loaded is gone again from both engines.
  def loaded = 'localhost:5555/it/every-target:verify-' + digest.substring(7, 19)
  assert Engines.run(['docker', 'image', 'inspect', loaded])[0] != 0
  assert Engines.run(['podman', 'image', 'inspect', loaded])[0] != 0
} finally {
  Engines.run(['docker', 'rmi', '-f', 'it-every-target:1.0'])
}
return true
