// The proof every src/it/realapp-* project gives, for docs/real-apps.md: the image built on the default
// jlink base, holds no development-only jar, passes check with no error and verify, starts and answers
// its HTTP endpoint, and stops on SIGTERM within 10 s with the JVM's own exit code. Writes what it
// measured to target/realapp.json.
// Load with:  def RealApp = evaluate(new File(itLib, 'realapp.groovy'))

class RealApp {

  /** Every file path in the image tarball's layers (docker-save manifest.json), as tar lists them. */
  static List<String> imageFiles(Object Engines, File tar) {
    def manifest = new groovy.json.JsonSlurper().parseText(Engines.ok(['tar', '-xOf', tar.path, 'manifest.json']))
    def files = []
    manifest[0].Layers.each { layer ->
      files.addAll(Engines.ok(['bash', '-c', "tar -xOf '${tar.path}' '${layer}' | tar -tz"]).readLines())
    }
    return files.findAll { !it.startsWith('$ ') }
  }

  /**
   * Proves the image of the project in {@code basedir}; {@code forbidden} are jar name prefixes that
   * must not be in it, {@code body} a regex the answer must match.
   */
  static Map prove(Object Engines, File basedir, String layout, int port, String path, String body,
                   List<String> forbidden) {
    def log = new File(basedir, 'build.log').text
    def out = new File(basedir, 'target/entrypoint')
    def slurper = new groovy.json.JsonSlurper()

    assert log.contains("Application layout: ${layout}") : "no 'Application layout: ${layout}' in the build log"
    def runtime = log.readLines().find { it.contains('jlink base: a Java runtime of ') }
    assert runtime : 'the build log names no linked runtime'
    def modules = runtime.substring(runtime.lastIndexOf(': ') + 2).trim().split(',') as List
    assert !log.contains('failed unexpectedly')
    assert !log.contains('jdeps could not analyse') : 'module detection fell back to java.se'

    def tar = new File(out, 'image.tar')
    def files = imageFiles(Engines, tar)
    forbidden.each { prefix ->
      def found = files.findAll { it.tokenize('/').last().startsWith(prefix) && it.endsWith('.jar') }
      assert !found : "the image holds a development-only jar: ${found}"
    }

    def check = slurper.parse(new File(out, 'check.json'))
    assert check.counts.error == 0 : "check found errors: ${check.counts}"
    def verify = slurper.parse(new File(out, 'verify.json'))
    assert verify.passed == true : 'verify did not pass'

    def image = Engines.loadedName(Engines.ok(['docker', 'load', '-i', tar.path]))
    def name = "ep-realapp-${basedir.name}-${ProcessHandle.current().pid()}"
    try {
      long started = System.nanoTime()
      Engines.ok(['docker', 'run', '-d', '--name', name, '-p', "127.0.0.1::${port}", image])
      def answer = Engines.httpGet("http://127.0.0.1:${Engines.hostPort('docker', name, port)}${path}", 180)
      double startSeconds = (System.nanoTime() - started) / 1e9
      assert answer =~ body : "GET ${path} answered: ${answer}"
      long stopping = System.nanoTime()
      Engines.ok(['docker', 'stop', '-t', '10', name], 60)
      double stopSeconds = (System.nanoTime() - stopping) / 1e9
      int exit = Engines.ok(['docker', 'inspect', '--format', '{{.State.ExitCode}}', name]).trim() as int
      assert stopSeconds < 10 : "took ${stopSeconds} s to stop"
      assert exit in [0, 143] : "exit code ${exit}: not the JVM's own on SIGTERM (143) or a clean 0"
      def measured = [project: basedir.name, layout: layout, modules: modules,
                      imageBytes: tar.length(), layers: slurper.parseText(
                          Engines.ok(['tar', '-xOf', tar.path, 'manifest.json']))[0].Layers.size(),
                      startSeconds: startSeconds, stopSeconds: stopSeconds, exitCode: exit,
                      checkCounts: check.counts]
      new File(basedir, 'target/realapp.json').text = groovy.json.JsonOutput.prettyPrint(
          groovy.json.JsonOutput.toJson(measured))
      return measured
    } finally {
      Engines.run(['docker', 'rm', '-f', name])
      Engines.run(['docker', 'rmi', '-f', image])
    }
  }
}

return RealApp
