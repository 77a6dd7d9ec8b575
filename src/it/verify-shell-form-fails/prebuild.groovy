// The shell-form ENTRYPOINT needs a /bin/sh, and the declared scenario an echo: a static busybox through the extra-files directory.
def Engines = evaluate(new File(itLib, 'engines.groovy'))
Engines.addBusybox(new File(basedir, 'src/main/image'), ['sh', 'echo'])
return true
