def Engines = evaluate(new File(itLib, 'engines.groovy'))
def out = new File(basedir, 'target/entrypoint')
def log = new File(basedir, 'build.log').text

// The outputs, written beside each other.
['image.tar', 'image.digest', 'image.id', 'image.json'].each { assert new File(out, it).isFile() : "missing $it" }
def config = new groovy.json.JsonSlurper().parse(new File(out, 'image.json'))
assert config.config.Entrypoint == ['java', '-cp', '@/app/jib-classpath-file', 'it.jlink.EchoServer']
assert config.config.Cmd == null
assert log.contains('Built image it-jlink-http:1.0 (target/entrypoint/image.tar')
assert log.contains("'docker run it-jlink-http:1.0' executes: java -cp")

// Reproducible: the first clean build, with an empty cache, gave the same digest.
def first = new File(out, 'image.digest').text.trim()
def second = new File(basedir, 'first-build/image.digest').text.trim()
assert first == second : "digests differ: $first vs $second"

def tar = new File(out, 'image.tar').absolutePath
['docker', 'podman'].each { engine ->
  def image = Engines.loadedName(Engines.ok([engine, 'load', '-i', tar]))
  try {
    // The engine reads back the ENTRYPOINT the plugin wrote.
    assert Engines.inspectConfig(engine, image).Entrypoint == config.config.Entrypoint

    // 'run IMAGE ARGS' passes ARGS to the Java program (launch contract 'arguments').
    Engines.withContainer(engine, "it-jlink-http-${engine}") { name ->
      Engines.ok([engine, 'run', '-d', '--name', name, '-p', '127.0.0.1::8080', image, 'one', 'two words'])
      def body = Engines.httpGet("http://127.0.0.1:${Engines.hostPort(engine, name, 8080)}/")
      assert body.trim() == 'args=one|two words' : body
    }

    // Nothing else is in the image: no shell to run.
    def (exit, shell) = Engines.run([engine, 'run', '--rm', '--entrypoint', '/bin/sh', image, '-c', 'true'])
    assert exit != 0 : "the jlink image should have no /bin/sh:\n$shell"
  } finally {
    Engines.run([engine, 'rmi', '-f', image])
  }
}
return true
