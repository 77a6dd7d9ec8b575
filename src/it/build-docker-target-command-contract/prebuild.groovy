// The image needs an 'echo' for 'docker run IMAGE echo ...': busybox through the extra-files directory.
def Engines = evaluate(new File(itLib, 'engines.groovy'))
Engines.addBusybox(new File(basedir, 'src/main/image'), ['echo'])
new File(basedir, 'src/main/image/work').mkdirs()
return true
