// explain read the project's own image and the pom's contract, and resolved each run line.
def log = new File(basedir, 'build.log').text
def java = ['java', '-cp', '/app/classes', 'it.explain.Greeter']

assert log.contains('BUILD SUCCESS')
assert log.contains('Explaining tar://' + new File(basedir, 'target/entrypoint/image.tar').path)
assert log.contains("The image keeps the launch contract 'arguments'.")
assert log.contains('Docker and Podman differ where --entrypoint looks like JSON, which only Podman decodes:')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/explain.json'))
assert json.source == 'tar://' + new File(basedir, 'target/entrypoint/image.tar').path
assert json.entrypoint == java && json.cmd == ['world']
assert json.contract == "The image keeps the launch contract 'arguments'."
assert json.runs*.engine == ['docker', 'docker', 'podman', 'podman']
assert json.runs[0].argv == java + ['world']
assert json.runs[0].rule.contains("the image's ENTRYPOINT followed by its CMD")
assert json.runs[1].argv == java + ['Docker', 'and', 'Podman']
assert json.runs[2].argv == ['/bin/sh', '-c', 'echo hi']
assert json.runs[3].argv == ['world']                       // Podman: '[]' clears the ENTRYPOINT, the CMD stays
assert json.runs[3].rule.contains("--entrypoint '[]' clears the ENTRYPOINT")
return true
