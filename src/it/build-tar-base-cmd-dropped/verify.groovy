def Engines = evaluate(new File(itLib, 'engines.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('''The base image's CMD ["echo","from base"] is dropped because the image sets its own ENTRYPOINT''')

def config = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/entrypoint/image.json'))
assert config.config.Entrypoint == ['/bin/echo', 'from child']
assert config.config.Cmd == null

def image = Engines.loadedName(Engines.ok(['docker', 'load', '-i', "${basedir}/target/entrypoint/image.tar"]))
try {
  assert Engines.ok(['docker', 'run', '--rm', image]).trim() == 'from child'
  assert Engines.ok(['docker', 'run', '--rm', image, 'and', 'args']).trim() == 'from child and args'
} finally {
  Engines.run(['docker', 'rmi', '-f', image])
}
return true
