// Each push, in the order of invoker.properties, names its credential source; each wrong password
// fails naming its source; and no password, nor its base64 forms, reached the log or target/.
def password = 'it-s3cret-pw'
def wrong = 'not-the-password-9z'
def registry = 'localhost:5555'
def log = new File(basedir, 'build.log').text
try {
  def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD ') }
  assert runs.size() == 14 : "expected 14 builds in build.log, found ${runs.size()}"

  def sources = [
      '-Dentrypoint.to.auth.username/-Dentrypoint.to.auth.password',
      "settings.xml <server><id>${registry}</id>",
      "settings.xml <server><id>${registry}</id> (password decrypted with settings-security.xml)",
      "Docker config auth/docker-auths/config.json (auths)",
      'credential helper docker-credential-pass (named in Docker config auth/docker-store/config.json)',
      'credential helper docker-credential-pass (named in Docker config auth/docker-helpers/config.json)',
      'Podman auth file auth/podman/auth.json (auths)']
  def wrongSources = sources.collect { it.replace('docker-auths/', 'docker-auths-wrong/').replace('podman/', 'podman-wrong/') }
  sources.eachWithIndex { source, i ->
    def pushed = runs[2 * i]
    def refused = runs[2 * i + 1]
    assert pushed.contains("[INFO] Registry ${registry}: credentials of user 'entrypoint-it' from ${source}") :
        "push ${2 * i + 1} did not name ${source}"
    assert pushed.contains('BUILD SUCCESS')
    assert refused.contains("The registry ${registry} refused the credentials of user 'entrypoint-it' from ${wrongSources[i]}") :
        "push ${2 * i + 2} did not name ${wrongSources[i]} in its refusal"
    assert refused.contains('BUILD FAILURE')
  }

  // Never the secret: the whole -X log, and every file under target/.
  def secrets = [password, wrong]
  secrets += secrets.collect { it.bytes.encodeBase64().toString() }
  secrets += ["entrypoint-it:${password}", "entrypoint-it:${wrong}"].collect { it.bytes.encodeBase64().toString() }
  secrets.each { assert !log.contains(it) : "build.log holds a secret (${it.take(3)}…)" }
  def files = 0
  new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    files++
    def bytes = new String(file.bytes, 'ISO-8859-1')
    secrets.each { assert !bytes.contains(it) : "${file} holds a secret (${it.take(3)}…)" }
  }
  assert files > 0
  println "searched build.log and ${files} files under target/: no password"
} finally {
  def gnupg = new File(basedir, 'auth/gnupg')
  def kill = new ProcessBuilder('gpgconf', '--kill', 'gpg-agent')
  kill.environment().put('GNUPGHOME', gnupg.path)
  kill.start().waitFor()
}
return true
