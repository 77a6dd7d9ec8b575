// Without an engine, verify fails with how to start one or skip; with failIfNoEngine=false it only warns.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects/)
def failing = runs.find { it.contains('BUILD FAILURE') }
def warning = runs.find { it.contains('BUILD SUCCESS') }
assert failing && warning

// The first run: the engines tried, what they said, how to start one, how to skip.
assert failing.contains('No container engine answered (engine: auto). Tried:')
assert failing.contains('docker version --format')
assert failing.contains('DOCKER_HOST=unix:///tmp/entrypoint-it-no-daemon.sock')
assert failing.contains('/nonexistent/podman info --format')
assert failing.contains("Docker needs its engine running: 'sudo systemctl start docker'")
assert failing.contains('Or skip the goal: -DskipITs, -Dentrypoint.verify.skip, or <failIfNoEngine>false</failIfNoEngine>')
assert !failing.contains('failed unexpectedly')

// The second run: a warning, nothing verified, no report.
assert warning.contains('[WARNING] No container engine answered (engine: auto)')
assert warning.contains("[WARNING] Skipping engine 'auto' (failIfNoEngine is false).")
assert warning.contains('[WARNING] No container engine answered: nothing was verified (failIfNoEngine is false).')
assert !new File(basedir, 'target/entrypoint/verify.xml').exists()
return true
