// The base both builds start from, made offline as a JRE image on a registry would be: a Java
// runtime linked from the JDK running the build (java.base only), the libraries it loads, busybox
// for a shell, JAVA_HOME and PATH. Imported into Docker and saved as base/base.tar (tar://).
def Engines = evaluate(new File(itLib, 'engines.groovy'))
def rootfs = new File(basedir, 'target/base-rootfs')
def java = new File(rootfs, 'opt/java')
rootfs.deleteDir()
new File(rootfs, 'tmp').mkdirs()
Engines.ok(["${System.getProperty('java.home')}/bin/jlink", '--add-modules', 'java.base', '--strip-debug',
            '--no-header-files', '--no-man-pages', '--output', java.path])
def libraries = [] as TreeSet
java.eachFileRecurse { file ->
  if (file.isFile() && (file.name.endsWith('.so') || file.parentFile.name == 'bin')) {
    def (exit, out) = Engines.run(['ldd', file.path])
    out.eachLine { line ->
      def resolved = line =~ /=>\s+(\/\S+)/
      def loader = line =~ /^\s*(\/\S+)\s+\(/
      if (resolved) libraries << resolved[0][1]
      if (loader) libraries << loader[0][1]
    }
  }
}
libraries.findAll { !it.startsWith(rootfs.path) }.each { library ->
  def target = new File(rootfs, library)
  target.parentFile.mkdirs()
  java.nio.file.Files.copy(new File(library).toPath(), target.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING)
}
Engines.addBusybox(rootfs, ['sh', 'cat'])
Engines.ok(['tar', '--sort=name', '--mtime=@1', '--owner=0', '--group=0', '--numeric-owner', '-C', rootfs.path,
            '-cf', "${basedir}/target/base-rootfs.tar", '.'])
Engines.ok(['docker', 'import', '--change', 'ENV JAVA_HOME=/opt/java', '--change', 'ENV PATH=/opt/java/bin:/bin',
            "${basedir}/target/base-rootfs.tar", 'it-jibparity-base:1'])
new File(basedir, 'base').mkdirs()
try {
  Engines.ok(['docker', 'save', '-o', "${basedir}/base/base.tar", 'it-jibparity-base:1'])
} finally {
  Engines.run(['docker', 'rmi', 'it-jibparity-base:1'])
}
return true
