import groovy.json.JsonSlurper

def slurper = new JsonSlurper()

// Run 1: nothing counts, and the reports keep every finding with its suppression and reason.
def lenient = slurper.parse(new File(basedir, 'target/entrypoint/check.json'))
assert lenient.failed == false
assert lenient.counts == [error: 0, warning: 0, info: 0, suppressed: 3, internalErrors: 0]
def dockerfile = lenient.inputs.find { it.path == 'Dockerfile' }
def inline = dockerfile.findings.find { it.rule == 'shell-form-entrypoint' }
assert inline.line == 5
assert inline.suppressed == [by: 'inline', reason: "the vendor's launcher reads this exact line"]
def debug = lenient.inputs.find { it.path == 'tools/Dockerfile.debug' }
assert debug.findings.collectEntries { [it.rule, it.suppressed] } == [
    'shell-form-cmd': [by: 'pom', reason: 'the debug image is only ever run by hand, with docker run -it'],
    'runs-as-root': [by: 'pom', reason: 'debugging needs root to install packages']]

def sarif = slurper.parse(new File(basedir, 'target/entrypoint/check.sarif'))
def results = sarif.runs[0].results
assert results.find { it.ruleId == 'shell-form-entrypoint' }.suppressions ==
    [[kind: 'inSource', justification: "the vendor's launcher reads this exact line"]]
assert results.find { it.ruleId == 'shell-form-cmd' }.suppressions[0].kind == 'external'

// Run 2: the inline ignore no longer counts; the pom's suppressions still do.
def strict = slurper.parse(new File(basedir, 'target/strict/check.json'))
assert strict.failed == true
assert strict.counts == [error: 1, warning: 0, info: 0, suppressed: 2, internalErrors: 0]
def strictFinding = strict.inputs.find { it.path == 'Dockerfile' }.findings.find { it.rule == 'shell-form-entrypoint' }
assert !strictFinding.containsKey('suppressed')
assert strict.inputs.find { it.path == 'Dockerfile' }.notes ==
    ['1 finding(s) carry an entrypoint:ignore comment that does not count, because allowInlineSuppressions is false']

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Dockerfile:5 shell-form-entrypoint error: ENTRYPOINT in shell form runs under /bin/sh -c')
assert log.contains('entrypoint:check found 1 error, 0 warnings, 0 info (2 suppressed); findings of severity warning or worse fail the build')
assert log.contains('the reports are target/strict/check.sarif, target/strict/check.xml, target/strict/check.json')
assert !log.contains('failed unexpectedly')
return true
