// Both images need an 'echo' for 'docker run IMAGE echo Rocks!!': a static busybox through the extra-files directory.
def Engines = evaluate(new File(itLib, 'engines.groovy'))
Engines.addBusybox(new File(basedir, 'src/main/image'), ['echo'])
return true
