def Engines = evaluate(new File(itLib, 'engines.groovy'))
def log = new File(basedir, 'build.log').text
def user = 'entrypoint-it'
def password = 'it-s3cret-pw'

// Pushed, with both names; even a debug log (-X) holds no password.
assert log.contains('Built image localhost:5555/it/pushed:1.0, localhost:5555/it/pushed:latest (pushed to localhost:5555)')
assert !log.contains(password) : 'the registry password reached the build log'
def digest = new File(basedir, 'target/entrypoint/image.digest').text.trim()
assert digest.startsWith('sha256:')

// The registry holds the manifest under that digest, behind basic auth.
def manifest = new URL('http://localhost:5555/v2/it/pushed/manifests/1.0').openConnection()
manifest.setRequestProperty('Authorization', 'Basic ' + "${user}:${password}".bytes.encodeBase64())
manifest.setRequestProperty('Accept', 'application/vnd.oci.image.manifest.v1+json')
assert manifest.responseCode == 200
assert manifest.getHeaderField('Docker-Content-Digest') == digest

// Pulled back with the same credentials, and run, on Docker and on Podman.
def auth = File.createTempDir('it-push-auth', '')
try {
  Engines.login('docker', 'localhost:5555', user, password, auth)
  Engines.ok(['docker', '--config', auth.path, 'pull', 'localhost:5555/it/pushed:1.0'])
  assert Engines.ok(['docker', 'run', '--rm', 'localhost:5555/it/pushed:1.0', 'from', 'docker'])
      .contains('pulled and ran: from docker')

  Engines.login('podman', 'localhost:5555', user, password, auth)
  Engines.ok(['podman', 'pull', '--authfile', "${auth}/auth.json", '--tls-verify=false', 'localhost:5555/it/pushed:latest'])
  assert Engines.ok(['podman', 'run', '--rm', 'localhost:5555/it/pushed:latest', 'from', 'podman'])
      .contains('pulled and ran: from podman')
} finally {
  Engines.run(['docker', 'rmi', '-f', 'localhost:5555/it/pushed:1.0'])
  Engines.run(['podman', 'rmi', '-f', 'localhost:5555/it/pushed:latest'])
  auth.deleteDir()
}
return true
