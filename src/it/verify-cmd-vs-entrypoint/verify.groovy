// The classic CMD-versus-ENTRYPOINT demonstration passed on Docker and on Podman, with reports, and left nothing behind.
def Engines = evaluate(new File(itLib, 'engines.groovy'))
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
def images = ['server-cmd': 'ep-verify-server-cmd:1.0', 'server-entrypoint': 'ep-verify-server-entrypoint:1.0']
def scenarios = [
    'server-cmd': ['default-command', 'command-replaces-cmd', 'entrypoint-override', 'graceful-stop',
                   'server-1-by-default', 'command-runs-server-2', 'command-echoes'],
    'server-entrypoint': ['default-command', 'arguments-reach-entrypoint', 'entrypoint-override', 'graceful-stop',
                          'server-1-by-default', 'arguments-reach-java', 'entrypoint-replaced']]

images.each { dir, image ->
  // Verified on both engines, the loaded names in the log.
  assert log.contains("Verifying ${image} on docker ")
  assert log.contains("Verifying localhost/${image} on podman ")
  assert log.contains("${scenarios[dir].size() * 2} of ${scenarios[dir].size() * 2} scenarios passed on docker and podman")

  // One JUnit test case per scenario and engine, none failed.
  def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, "target/entrypoint/${dir}/verify.xml"))
  assert xml.@failures.text() == '0' && xml.@errors.text() == '0'
  ['docker', 'podman'].each { engine ->
    def suite = xml.testsuite.find { it.@name == "entrypoint.verify.${engine}" }
    assert suite.testcase*.@name*.text() == scenarios[dir]
  }
  def json = new groovy.json.JsonSlurper().parse(new File(basedir, "target/entrypoint/${dir}/verify.json"))
  assert json.passed == true
  assert json.results.size() == scenarios[dir].size() * 2
}

// The table shows each run as a line to paste.
assert log.contains("docker run --rm ep-verify-server-cmd:1.0 echo 'Rocks!!'")
assert log.contains("podman run --rm -p 3000 localhost/ep-verify-server-cmd:1.0 java -cp /app/classes it.classic.Server2")
assert log.contains("docker run --rm --entrypoint echo ep-verify-server-entrypoint:1.0 'Rocks!!'")

// The explicit Podman flags are the ones Podman was called with.
assert log =~ /on podman \S+ \(podman --runtime runc --cgroup-manager=cgroupfs; create flags --ulimit nofile=1024:1024 --ulimit nproc=1024:1024\)/

// Nothing is left: no container named after the images, no loaded image.
['docker', 'podman'].each { engine ->
  def (code, containers) = Engines.run([engine, 'ps', '-a', '--format', '{{.Names}}'])
  assert !containers.readLines().any { it.startsWith('ep-verify-server-') } : "${engine} has containers left:\n${containers}"
  def (code2, left) = Engines.run([engine, 'images', '--format', '{{.Repository}}:{{.Tag}}'])
  assert !left.readLines().any { it.contains('ep-verify-server-') } : "${engine} has images left:\n${left}"
}
return true
