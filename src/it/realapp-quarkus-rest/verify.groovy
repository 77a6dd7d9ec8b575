def Engines = evaluate(new File(itLib, 'engines.groovy'))
def RealApp = evaluate(new File(itLib, 'realapp.groovy'))
def out = new File(basedir, 'target/entrypoint')

// Quarkus' own layout, launched as Quarkus' Dockerfile launches it, in its directory.
def config = new groovy.json.JsonSlurper().parse(new File(out, 'image.json')).config
assert config.Entrypoint == ['java', '-jar', '/app/quarkus-run.jar']
assert config.WorkingDir == '/app'
def files = RealApp.imageFiles(Engines, new File(out, 'image.tar'))
['app/quarkus-run.jar', 'app/app/realapp-quarkus-rest-1.0.jar', 'app/quarkus/quarkus-application.dat'].each {
  assert files.contains(it) : "the image has no /${it}"
}
assert files.any { it.startsWith('app/lib/boot/') } && files.any { it.startsWith('app/lib/main/') }
assert !files.any { it.startsWith('app/libs/') || it.startsWith('app/classes/') } : 'the plain Java layout leaked in'

RealApp.prove(Engines, basedir, 'Quarkus', 8080, '/hello', /^Hello from Quarkus REST$/, ['quarkus-devtools', 'quarkus-ide-launcher'])
return true
