// Helpers for the verify.groovy scripts of src/it: run the real engines and clean up after them.
// Load with:  def Engines = evaluate(new File(itLib, 'engines.groovy'))

class Engines {

  /** Runs a command (a list, never a shell line); returns [exitCode, stdout+stderr]. */
  static List run(List command, long timeoutSeconds = 180) {
    def process = new ProcessBuilder(command.collect { it.toString() }).redirectErrorStream(true).start()
    def output = new StringBuilder()
    def reader = Thread.start { output.append(process.inputStream.getText('UTF-8')) }
    if (!process.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly()
      throw new AssertionError("timed out after ${timeoutSeconds}s: ${command.join(' ')}")
    }
    reader.join()
    println "\$ ${command.join(' ')}  -> exit ${process.exitValue()}"
    return [process.exitValue(), output.toString()]
  }

  /** Runs a command that must succeed; returns its output. */
  static String ok(List command, long timeoutSeconds = 180) {
    def (exit, out) = run(command, timeoutSeconds)
    assert exit == 0 : "${command.join(' ')} failed with ${exit}:\n${out}"
    return out
  }

  /**
   * Logs in to a registry with the password on stdin (never on a command line, which is echoed).
   * Docker keeps the login in {@code authDir}/config.json, Podman in {@code authDir}/auth.json.
   */
  static void login(String engine, String registry, String user, String password, File authDir) {
    def command = engine == 'docker'
        ? ['docker', '--config', authDir.path, 'login', '-u', user, '--password-stdin', registry]
        : ['podman', 'login', '--authfile', new File(authDir, 'auth.json').path, '--tls-verify=false',
           '-u', user, '--password-stdin', registry]
    def process = new ProcessBuilder(command).redirectErrorStream(true).start()
    process.outputStream.withWriter { it << password }
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${engine} login ${registry} failed:\n${output}"
  }

  /**
   * Puts Debian's static busybox into an extra-files directory as /bin/busybox and as each applet
   * (copies: an image layer cannot hold the host's symlinks), keeping it executable.
   */
  static void addBusybox(File extraDir, List<String> applets) {
    def bin = new File(extraDir, 'bin')
    bin.mkdirs()
    (['busybox'] + applets).each { name ->
      def target = new File(bin, name).toPath()
      java.nio.file.Files.copy(java.nio.file.Paths.get('/bin/busybox'), target,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING)
      target.toFile().setExecutable(true, false)
    }
  }

  /** The last 'Loaded image: NAME' line of a load's output. */
  static String loadedName(String loadOutput) {
    def names = loadOutput.readLines().findAll { it.startsWith('Loaded image: ') }
    assert names : "no 'Loaded image:' line in:\n${loadOutput}"
    return names.last().substring('Loaded image: '.length()).trim()
  }

  /** GETs a URL until it answers 200 or the timeout passes; returns the body. */
  static String httpGet(String url, long timeoutSeconds = 60) {
    long deadline = System.currentTimeMillis() + timeoutSeconds * 1000
    Exception last = null
    while (System.currentTimeMillis() < deadline) {
      try {
        def connection = new URL(url).openConnection()
        connection.connectTimeout = 2000
        connection.readTimeout = 5000
        if (connection.responseCode == 200) {
          return connection.inputStream.getText('UTF-8')
        }
      } catch (Exception e) {
        last = e
      }
      Thread.sleep(300)
    }
    throw new AssertionError("no answer from ${url} within ${timeoutSeconds}s: ${last}")
  }

  /** The host port an engine published for a container port. */
  static int hostPort(String engine, String container, int containerPort) {
    def out = ok([engine, 'port', container, "${containerPort}/tcp"]).readLines().first()
    return out.substring(out.lastIndexOf(':') + 1).trim() as int
  }

  /** Runs {@code body(name)} with a container name, and removes that container afterwards whatever happens. */
  static def withContainer(String engine, String name, Closure body) {
    try {
      return body(name)
    } finally {
      run([engine, 'rm', '-f', name])
    }
  }

  /** Image config read back by the engine: .Config as JSON. */
  static Map inspectConfig(String engine, String image) {
    def json = ok([engine, 'image', 'inspect', '--format', '{{json .Config}}', image])
    return new groovy.json.JsonSlurper().parseText(json) as Map
  }
}

return Engines
