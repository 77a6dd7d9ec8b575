def Engines = evaluate(new File(itLib, 'engines.groovy'))
def log = new File(basedir, 'build.log').text
def dropped = '''The base image's CMD ["echo", "from base"] is dropped because the image sets its own ENTRYPOINT'''
// Said for the tar:// base and for the same base in the Docker daemon (docker://).
assert log.count(dropped) == 2 : log
assert new File(basedir, 'docker-base/image.digest').text == new File(basedir, 'target/entrypoint/image.digest').text

def config = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/entrypoint/image.json'))
assert config.config.Entrypoint == ['/bin/echo', 'from child']
assert config.config.Cmd == null

def image = Engines.loadedName(Engines.ok(['docker', 'load', '-i', "${basedir}/target/entrypoint/image.tar"]))
try {
  assert Engines.ok(['docker', 'run', '--rm', image]).trim() == 'from child'
  assert Engines.ok(['docker', 'run', '--rm', image, 'and', 'args']).trim() == 'from child and args'
} finally {
  Engines.run(['docker', 'rmi', '-f', image, 'it-tar-base:1'])
}
return true
