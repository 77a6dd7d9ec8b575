// explain read the Dockerfile's stages and said what each run line executes, on the console and as JSON.
def log = new File(basedir, 'build.log').text
def slurp = { new groovy.json.JsonSlurper().parse(new File(basedir, "target/${it}")) }

assert log.contains('BUILD SUCCESS')

// The last stage: exec form, and the run lines.
assert log.contains('Explaining Dockerfile ' + new File(basedir, 'Dockerfile').path + ', stage 2 "fixed"')
assert log.contains('  ENTRYPOINT ["java", "-jar", "/app/app.jar"] (exec form)')
assert log.contains('  CMD        ["--port", "8080"] (exec form)')
assert log.contains("    executes  java -jar /app/app.jar ARGS   [\"java\", \"-jar\", \"/app/app.jar\", \"ARGS\"]")
assert log.contains("    because   the arguments replace the image's CMD; the image's ENTRYPOINT stays")
def fixed = slurp('explain-fixed.json')
assert fixed.entrypoint == ['java', '-jar', '/app/app.jar'] && fixed.entrypointForm == 'exec'
assert fixed.cmd == ['--port', '8080']
def runs = fixed.runs
assert runs*.line == [
    "docker run --rm -p 5000:5000 --entrypoint /bin/sh IMG -c 'echo hi'",
    'podman run -it --rm IMG --port 9090',
    """docker run --entrypoint '["sh","-c"]' IMG""",
    """podman run --entrypoint '["sh","-c"]' IMG 'echo \$0'""",
    'docker run --entrypoint "" IMG',
    'docker run --frobnicate IMG',
    'kubectl run x']
assert runs*.engine == ['docker', 'podman', 'docker', 'podman', 'docker', 'docker', null]
assert runs[0].argv == ['/bin/sh', '-c', 'echo hi'] && runs[0].error == null
assert runs[1].argv == ['java', '-jar', '/app/app.jar', '--port', '9090']
assert runs[2].argv == ['["sh","-c"]']                      // Docker: one word, not JSON
assert runs[3].argv == ['sh', '-c', 'echo $0']              // Podman: decoded
assert runs[4].argv == null && runs[4].error == 'No command specified'
assert runs[5].argv == null && runs[5].error == 'unknown flag: --frobnicate'
assert runs[6].argv == null && runs[6].error.contains('neither docker nor podman')

// A named stage: shell form, with the note that run arguments are ignored.
def legacy = slurp('explain-legacy.json')
assert legacy.source.endsWith('stage 1 "legacy"')
assert legacy.entrypoint == ['/bin/sh', '-c', 'java -jar /app/app.jar'] && legacy.entrypointForm == 'shell'
assert legacy.cmd == null
assert legacy.runs[0].argv == ['/bin/sh', '-c', 'java -jar /app/app.jar', '--debug']
assert legacy.runs[0].notes[0].contains('become $0, $1')
assert log.contains('(shell form: /bin/sh -c runs the line)')
return true
