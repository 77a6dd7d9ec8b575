// Compares, for each configuration, the image jib:buildTar made with the one entrypoint:build made:
// the config fields docs/from-jib.md promises, and every layer's entries (path, type, mode, owner,
// modification time, content). The differences found must be exactly the ones docs/from-jib.md
// lists for the side-by-side test, and both images must print the same when run on Docker.
def Engines = evaluate(new File(itLib, 'engines.groovy'))
def ImageTarballs = evaluate(new File(itLib, 'image-tarballs.groovy'))

def FIELDS = ['Entrypoint', 'Cmd', 'Env', 'ExposedPorts', 'Labels', 'User', 'WorkingDir', 'Volumes']
def differences = [:].withDefault { [] as Set<String> }
def toJson = { groovy.json.JsonOutput.toJson(it) }

def describe = { entry -> entry == null ? 'absent' : "${entry.type} ${entry.mode} ${entry.uid}:${entry.gid} t=${entry.mtime} ${entry.size}B ${entry.sha256.take(12)}${entry.link ? ' -> ' + entry.link : ''}" }

def expectations = [
    defaults: { config -> assert config.config.Entrypoint == ['java', '-cp', '@/app/jib-classpath-file', 'it.parity.App'] },
    flags   : { config -> assert config.config.Cmd == ['one', 'two words'] },
    script  : { config -> assert config.config.Entrypoint == ['/app/bin/start.sh'] },
]

def outputs = [:]
['defaults', 'flags', 'script'].each { name ->
  def dir = new File(basedir, "target/parity/${name}")
  def jib = ImageTarballs.read(new File(dir, 'jib/image.tar'))
  def ours = ImageTarballs.read(new File(dir, 'entrypoint/image.tar'))
  expectations[name](ours.config)

  // The fields docs/from-jib.md promises, then everything else in the config but the layers.
  (FIELDS + (jib.config.config.keySet() + ours.config.config.keySet() - FIELDS).toSorted()).each { field ->
    if (jib.config.config[field] != ours.config.config[field]) {
      differences[name] << "config ${field}"
      println "${name}: config ${field}: jib ${toJson(jib.config.config[field])}, entrypoint ${toJson(ours.config.config[field])}"
    }
  }
  (jib.config.keySet() + ours.config.keySet() - ['config', 'rootfs', 'history']).toSorted().each { key ->
    if (jib.config[key] != ours.config[key]) {
      differences[name] << "image ${key}"
    }
  }
  def history = { config -> config.history.collect { it.findAll { k, v -> k != 'created_by' } } }
  if (history(jib.config) != history(ours.config)) {
    differences[name] << 'image history'
  }
  if (jib.config.history*.created_by != ours.config.history*.created_by) {
    differences[name] << 'history created_by'
  }
  if (jib.layers.size() != ours.layers.size()) {
    differences[name] << 'layer count'
    println "${name}: ${jib.layers.size()} layers from jib, ${ours.layers.size()} from entrypoint"
  }
  [jib.layers, ours.layers].transpose().eachWithIndex { pair, index ->
    def (jibLayer, ourLayer) = pair
    def jibByPath = jibLayer.collectEntries { [(it.path): it] }
    def ourByPath = ourLayer.collectEntries { [(it.path): it] }
    (jibByPath.keySet() + ourByPath.keySet()).toSorted().each { path ->
      def a = jibByPath[path]
      def b = ourByPath[path]
      if (a != b) {
        differences[name] << "file ${path}"
        println "${name}: layer ${index} ${path}: jib ${describe(a)}, entrypoint ${describe(b)}"
      }
    }
  }
  println "${name}: diff_ids jib ${jib.diffIds}"
  println "${name}: diff_ids entrypoint ${ours.diffIds}"
  println "${name}: ${jib.diffIds == ours.diffIds ? 'every layer is byte-identical' : 'layers differ in bytes'}"

  // Both images run the same program with the same result.
  def output = [:]
  ['jib', 'entrypoint'].each { tool ->
    def image = Engines.loadedName(Engines.ok(['docker', 'load', '-i', new File(dir, "${tool}/image.tar").path]))
    try {
      output[tool] = Engines.ok(['docker', 'run', '--rm', image]).trim()
    } finally {
      Engines.run(['docker', 'rmi', '-f', image])
    }
  }
  println "${name}: both print\n${output.entrypoint}"
  assert output.jib == output.entrypoint
  outputs[name] = output.entrypoint
}

def classpath = 'classpath=/app/resources:/app/classes:/app/libs/gson-2.13.2.jar:/app/libs/error_prone_annotations-2.41.0.jar:/app/libs/commons-lang3-3.18.0.jar'
assert outputs.defaults.readLines() == ['args=[]', 'greeting=-', 'mode=-', 'resource=parity', classpath]
assert outputs.flags.readLines() == ['args=["one","two words"]', 'greeting=hello from flags', 'mode=flags', 'resource=parity', classpath]
assert outputs.script.readLines() == ['args=["from-script"]', 'greeting=-', 'mode=script', 'resource=parity', classpath]

// What differs must be what docs/from-jib.md lists under "What the side-by-side test finds": one
// bullet per difference, its key in backquotes, the same for every configuration.
def section = new File(docsDir, 'from-jib.md').text.split(/\n## /).find { it.startsWith('What the side-by-side test finds') }
assert section : 'docs/from-jib.md has no section "What the side-by-side test finds"'
def documented = section.readLines().findAll { it.startsWith('- `') }.collect { (it =~ /^- `([^`]+)`/)[0][1] } as Set
['defaults', 'flags', 'script'].each { name ->
  println "${name}: differences ${differences[name]}"
  assert differences[name] == documented : "${name}: docs/from-jib.md lists ${documented}, the images differ in ${differences[name]}"
}
return true
