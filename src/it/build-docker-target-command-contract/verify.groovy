def Engines = evaluate(new File(itLib, 'engines.groovy'))
def log = new File(basedir, 'build.log').text
def image = 'it-command-contract:1.0'
try {
  assert log.contains("Built image ${image} (loaded into the Docker daemon)")
  assert !new File(basedir, 'target/entrypoint/image.tar').exists()

  def config = Engines.inspectConfig('docker', image)
  def javaCommand = ['java', '-Xmx32m', '-Dgreeting.suffix=!', '-cp', '@/app/jib-classpath-file',
                     'it.command.Greeter']
  assert config.Entrypoint == null
  assert config.Cmd == javaCommand
  assert config.Env.contains('GREETING=hello from the command contract')
  assert config.ExposedPorts.keySet() == ['8080/tcp', '9000/udp'] as Set
  assert config.Labels['org.opencontainers.image.title'] == 'greeter'
  assert config.User == '1000:1000'
  assert config.WorkingDir == '/work'
  assert config.Volumes.keySet() == ['/data'] as Set
  assert new File(basedir, 'target/entrypoint/image.id').text.trim() ==
      Engines.ok(['docker', 'image', 'inspect', '--format', '{{.Id}}', image]).trim()

  // run IMAGE: the default command.
  assert Engines.ok(['docker', 'run', '--rm', image]).trim() == 'hello from the command contract! (dir /work)'
  // run IMAGE OTHER-COMMAND: replaces all of it ('command' contract).
  assert Engines.ok(['docker', 'run', '--rm', image, 'echo', 'Rocks!!']).trim() == 'Rocks!!'
} finally {
  Engines.run(['docker', 'rmi', '-f', image])
}
return true
