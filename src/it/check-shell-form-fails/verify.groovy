import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('''[ERROR] Dockerfile:4 shell-form-entrypoint error: ENTRYPOINT in shell form runs under /bin/sh -c, so CMD and 'docker run' arguments are ignored and SIGTERM never reaches java. Write it as ENTRYPOINT ["java", "-jar", "/app/app.jar"].''')
assert log.contains('[INFO] Dockerfile:1 base-image-not-pinned info: FROM eclipse-temurin:21-jre is not pinned by digest')
assert log.contains('entrypoint:check: 1 input (1 dockerfile) in ')
assert log.contains('entrypoint:check found 1 error, 0 warnings, 1 info; findings of severity error or worse fail the build (failOn)')
assert log.contains('the reports are target/entrypoint/check.sarif, target/entrypoint/check.xml, target/entrypoint/check.json')
assert log.contains('BUILD FAILURE')
assert !log.contains('failed unexpectedly') : 'a bug, not a policy finding, failed the build'

def reports = new File(basedir, 'target/entrypoint')

// SARIF 2.1.0: the rule's metadata, the result's level and region.
def sarif = new JsonSlurper().parse(new File(reports, 'check.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'entrypoint-maven-plugin'
def result = run.results.find { it.ruleId == 'shell-form-entrypoint' }
assert result.level == 'error'
assert result.message.text.startsWith('ENTRYPOINT in shell form runs under /bin/sh -c')
assert result.locations[0].physicalLocation.artifactLocation.uri == 'Dockerfile'
assert result.locations[0].physicalLocation.region.startLine == 4
def rule = run.tool.driver.rules[result.ruleIndex]
assert rule.id == 'shell-form-entrypoint'
assert rule.defaultConfiguration.level == 'error'
assert rule.helpUri.endsWith('docs/rules/shell-form-entrypoint.md')
assert run.results.find { it.ruleId == 'base-image-not-pinned' }.level == 'note'

// JUnit XML: one case per rule, a failure for the rule with a finding.
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(reports, 'check.xml')).documentElement
def suite = junit.getElementsByTagName('testsuite').item(0)
def cases = suite.getElementsByTagName('testcase')
def all = (0..<cases.length).collect { cases.item(it) }
assert all.size() == suite.getAttribute('tests').toInteger()
def failing = all.findAll { it.getElementsByTagName('failure').length > 0 }
assert failing*.getAttribute('name') == ['shell-form-entrypoint', 'base-image-not-pinned']
def failure = failing[0].getElementsByTagName('failure').item(0)
assert failure.getAttribute('type') == 'error'
assert failure.textContent.startsWith('Dockerfile:4 shell-form-entrypoint error:')
assert all.find { it.getAttribute('name') == 'runs-as-root' }.getElementsByTagName('failure').length == 0

// JSON: the target stage's launch exactly as Docker stores it.
def json = new JsonSlurper().parse(new File(reports, 'check.json'))
assert json.failed == true
assert json.counts.error == 1
def dockerfile = json.inputs[0]
assert dockerfile.kind == 'dockerfile'
assert dockerfile.path == 'Dockerfile'
assert dockerfile.entrypoint == ['/bin/sh', '-c', 'java -jar /app/app.jar']
assert dockerfile.containsKey('cmd') && dockerfile.cmd == null
assert dockerfile.findings*.rule.contains('shell-form-entrypoint')
return true
