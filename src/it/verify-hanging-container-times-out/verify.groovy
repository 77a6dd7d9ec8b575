// The hanging container failed its scenario at the timeout and was removed, on both engines.
def Engines = evaluate(new File(itLib, 'engines.groovy'))
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
assert !log.contains('failed unexpectedly')
assert log =~ /on podman \S+ \(podman --runtime runc --cgroup-manager=cgroupfs\)/
['docker', 'podman'].each { engine ->
  assert log.contains("FAIL exits-by-itself on ${engine}")
}
assert log.contains('expected: exit code 0')
assert log.contains("observed: still running after 5.0 s (the scenario's timeout): stopped and removed")
assert log.contains('worker started with arguments []')

// Each scenario took about the timeout, not the program's lifetime.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/entrypoint/verify.json'))
assert json.results.size() == 2
json.results.each { assert it.status == 'failed' && it.seconds >= 5 && it.seconds < 30 : it }

['docker', 'podman'].each { engine ->
  def (c1, containers) = Engines.run([engine, 'ps', '-a', '--format', '{{.Names}}'])
  assert !containers.readLines().any { it.startsWith('ep-verify-hang-') } : "${engine} has containers left:\n${containers}"
  def (c2, images) = Engines.run([engine, 'images', '--format', '{{.Repository}}'])
  assert !images.readLines().any { it.contains('ep-verify-hang') } : "${engine} has images left:\n${images}"
}
return true
