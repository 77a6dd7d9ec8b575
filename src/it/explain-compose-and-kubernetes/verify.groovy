// explain read the Compose file and the Deployment with the built image; check found what they get wrong.
def log = new File(basedir, 'build.log').text
def java = ['java', '-cp', '/app/classes', 'it.orch.Greeter']

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/orchestrators.json'))
def runs = json.containers.collectEntries { [(it.source): it] }
assert runs.keySet() == [
    'compose:compose.yaml#web', 'compose:compose.yaml#chained', 'compose:compose.yaml#token',
    'kubernetes:k8s/deployment.yaml#Deployment/greeter/warmup',
    'kubernetes:k8s/deployment.yaml#Deployment/greeter/app'] as Set
assert json.containers.every { it.image == 'ep-it-orchestrators:1.0' && it.error == null }

assert runs['compose:compose.yaml#web'].argv == java + ['Compose']
assert runs['compose:compose.yaml#web'].rule == "command replaces the image's CMD; the image's ENTRYPOINT stays"
// .env gives WHO; Compose v2 drops everything from '&&' on, and no shell runs it
assert runs['compose:compose.yaml#chained'].argv == java + ['hello', 'from-dotenv']
assert runs['compose:compose.yaml#chained'].notes.any { it.contains('drops "&& echo done"') }
// the service's environment is not interpolated: TOKEN is empty
assert runs['compose:compose.yaml#token'].argv == java + ['--token', '']
assert runs['compose:compose.yaml#token'].notes.any { it.startsWith('the variable TOKEN in command is not set') }

def warmup = runs['kubernetes:k8s/deployment.yaml#Deployment/greeter/warmup']
assert warmup.argv == java + ['init', '$(GREETING)']
assert warmup.rule == "init container: args replaces the image's CMD; the image's ENTRYPOINT stays"
def app = runs['kubernetes:k8s/deployment.yaml#Deployment/greeter/app']
assert app.argv == java + ['$(POD_NAME)', '$(REGION)']
assert app.notes.any { it.contains('at run time, from fieldRef metadata.name') }
assert app.notes.any { it.startsWith('$(REGION) names no env of this container') }

assert log.contains('What Compose and Kubernetes execute (the argv, or the error that stops them):')
assert log.contains("the project's image, target/entrypoint/image.tar")

// check: one line per finding, at the YAML key's line
assert log.contains('compose.yaml:7 compose-shell-operators error: Service chained: command is the string')
assert log.contains('compose.yaml:10 compose-variable-from-service-environment warning: Service token: command refers to ${TOKEN}')
assert log.contains("k8s/deployment.yaml:22 override-breaks-launch-contract error: Deployment/greeter/app replaces the ENTRYPOINT of the project's image")
assert log.contains('k8s/deployment.yaml:23 kubernetes-undefined-variable warning: Deployment/greeter/app: args refers to $(REGION)')
assert log.contains('1 compose file')
assert log.contains('1 kubernetes manifest')

def check = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/entrypoint/check.json'))
def kinds = check.inputs*.kind
assert kinds.contains('compose') && kinds.contains('kubernetes')
def findings = check.inputs.collectMany { it.findings }*.rule
assert findings.containsAll(['compose-shell-operators', 'compose-variable-from-service-environment',
    'override-breaks-launch-contract', 'kubernetes-undefined-variable'])
return true
