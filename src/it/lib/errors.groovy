// Checks for the build-fails-* projects: the build failed with a message a user can act on,
// as a build failure (not a stack trace), and left no image and no temporary file behind.

class Errors {

  static void assertFailedCleanly(File basedir, List<String> expected, List<String> absent) {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD FAILURE')
    expected.each { assert log.contains(it) : "the build log lacks: ${it}" }
    absent.each { assert !log.contains(it) : "the build log must not contain: ${it}" }
    assert !log.contains('failed unexpectedly') : 'a bug, not a user error, failed the build'
    def out = new File(basedir, 'target/entrypoint')
    def left = out.exists() ? out.list().toList() : []
    assert left.isEmpty() : "a failed build left ${left} in target/entrypoint"
  }
}

return Errors
