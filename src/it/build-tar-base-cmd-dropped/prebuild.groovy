// A base image with a CMD, made offline from busybox, in the Docker daemon and saved with 'docker save'.
def Engines = evaluate(new File(itLib, 'engines.groovy'))
def rootfs = new File(basedir, 'target/base-rootfs')
Engines.addBusybox(rootfs, ['echo', 'sh'])
new File(basedir, 'base').mkdirs()
Engines.ok(['tar', '-C', rootfs.path, '-cf', "${basedir}/target/rootfs.tar", '.'])
Engines.ok(['docker', 'import', '--change', 'CMD ["echo", "from base"]', "${basedir}/target/rootfs.tar", 'it-tar-base:1'])
// Kept in the daemon for the docker:// build too; verify.groovy removes it.
Engines.ok(['docker', 'save', '-o', "${basedir}/base/base.tar", 'it-tar-base:1'])
return true
