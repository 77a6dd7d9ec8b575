// The last run (both ENTRYPOINT forms, and a launch that does not exist) fails naming both
// mistakes at once, and never the main class.
def log = new File(basedir, 'build.log').text
assert log.contains('2 problems in the plugin\'s configuration')
assert log.contains('<container><entrypoint> and <container><entrypointShell> are both set; keep one')
assert log.contains('<container><launch>')
assert !log.contains('Several classes have a main method')
// The run before it built the 'command' launch: the image's CMD is the given Java command.
def config = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/entrypoint/image.json'))
assert config.config.Cmd == ['java', '-cp', '/app/classes', 'it.two.ServerOne']
assert config.config.Entrypoint == null
return true
