// The credential sources, each in its own place under auth/ (outside target/, which verify.groovy
// searches for the password): real 'docker login' and 'podman login' where they can write, a pass
// store for docker-credential-pass, and the same files with a wrong password.
def registry = 'localhost:5555'
def user = 'entrypoint-it'
def password = 'it-s3cret-pw'
def wrong = 'not-the-password-9z'
def auth = new File(basedir, 'auth')
auth.deleteDir()
['empty', 'gnupg', 'docker-auths', 'docker-auths-wrong', 'docker-store', 'docker-helpers',
 'podman', 'podman-wrong'].each { new File(auth, it).mkdirs() }
new File(auth, 'gnupg').setReadable(false, false)
new File(auth, 'gnupg').setReadable(true, true)
new File(auth, 'gnupg').setExecutable(false, false)
new File(auth, 'gnupg').setExecutable(true, true)

def env = [
    GNUPGHOME: new File(auth, 'gnupg').path,
    PASSWORD_STORE_DIR: new File(auth, 'pass').path,
    PATH: '/var/lib/entrypoint-it/credential-helpers/usr/bin:' + System.getenv('PATH')]

def run = { List command, Map extra = [:], String input = null ->
  def builder = new ProcessBuilder(command).redirectErrorStream(true)
  builder.environment().putAll(env + extra)
  def process = builder.start()
  process.outputStream.withWriter { if (input != null) it << input }
  def output = process.inputStream.text
  assert process.waitFor() == 0 : "${command.join(' ')} failed:\n${output}"
  output
}
def base64 = { String text -> text.bytes.encodeBase64().toString() }
def authsFile = { String pw -> """{"auths":{"${registry}":{"auth":"${base64(user + ':' + pw)}"}}}""" }

// A gpg key without a passphrase, and two pass stores: the right password and a wrong one.
run(['gpg', '--batch', '--passphrase', '', '--quick-gen-key', 'entrypoint-it@localhost', 'default', 'default', 'never'])
run(['pass', 'init', 'entrypoint-it@localhost'])
run(['pass', 'init', 'entrypoint-it@localhost'], [PASSWORD_STORE_DIR: new File(auth, 'pass-wrong').path])

// Docker's auths: a real docker login (no credential store on its PATH: it writes config.json).
run(['docker', '--config', new File(auth, 'docker-auths').path, 'login', '-u', user, '--password-stdin', registry],
    [PATH: System.getenv('PATH')], password)
assert new File(auth, 'docker-auths/config.json').text.contains('"auth"')
new File(auth, 'docker-auths-wrong/config.json').text = authsFile(wrong)

// credsStore: docker login stores into docker-credential-pass; the wrong store gets the same entry
// through the helper's own 'store' command (a login with a wrong password would be refused).
new File(auth, 'docker-store/config.json').text = '{"credsStore":"pass"}'
run(['docker', '--config', new File(auth, 'docker-store').path, 'login', '-u', user, '--password-stdin', registry],
    [:], password)
assert !new File(auth, 'docker-store/config.json').text.contains('"auth":')
run(['/var/lib/entrypoint-it/credential-helpers/usr/bin/docker-credential-pass', 'store'], [PASSWORD_STORE_DIR: new File(auth, 'pass-wrong').path],
    """{"ServerURL":"${registry}","Username":"${user}","Secret":"${wrong}"}""")

// credHelpers: the same helper, named for this registry only.
new File(auth, 'docker-helpers/config.json').text = """{"credHelpers":{"${registry}":"pass"}}"""

// Podman: a real podman login into the auth file, and the same file with a wrong password.
run(['podman', 'login', '--authfile', new File(auth, 'podman/auth.json').path, '--tls-verify=false',
     '-u', user, '--password-stdin', registry], [:], password)
new File(auth, 'podman-wrong/auth.json').text = authsFile(wrong)
return true
