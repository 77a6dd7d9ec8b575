def log = new File(basedir, 'build.log').text
assert log.contains('Apache Maven 3.6.3') : 'this project must run on Maven 3.6.3'
assert log.contains('maven-compiler-plugin:3.14.0:compile')
assert log.contains('Built image it-jibparity-oldest-maven:1.0 (target/entrypoint/image.tar')
assert log.contains('entrypoint:check:')
assert log =~ /greets-its-arguments\s+PASS/
def config = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/entrypoint/image.json'))
assert config.config.Entrypoint == ['java', '-cp', '@/app/jib-classpath-file', 'it.oldest.Greeter']
assert config.config.Cmd == ['from', 'Maven 3.6.3']
assert log.contains('BUILD SUCCESS')
return true
