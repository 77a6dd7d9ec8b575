package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** How paths are walked through symlinks, and how commands are found on a PATH. */
class PathResolutionTest {

  private static final LayeredFilesystem FILES =
      LayerTar.apply(
          new LayerTar()
              .file("usr/bin/busybox", 0755, "\u007fELF")
              .symlink("usr/bin/sh", "busybox")
              .file("usr/bin/java", 0755, "\u007fELF")
              .hardlink("usr/bin/perl", "usr/bin/java")
              .file("usr/local/bin/java", 0644, "not executable")
              .directory("opt/bin/java", 0755)
              .symlink("usr/bin/gone", "/nowhere")
              .symlink("usr/lib/link", "../bin/busybox")
              .file("etc/hosts", 0644, "127.0.0.1 localhost")
              .file("tool", 0755, "#!/bin/sh")
              .symlink("bin", "usr/bin")
              .symlink("abs", "/usr/bin")
              .symlink("up", "../../../usr/bin/busybox")
              .symlink("self", ".")
              .symlink("loop1", "loop2")
              .symlink("loop2", "loop1")
              .symlink("dangling", "/nowhere")
              .symlink("empty", ""),
          chain("ok", 40),
          chain("deep", 41));

  @ParameterizedTest(name = "resolve({0}) is {1}")
  @CsvSource({
    "/usr/bin/busybox,       /usr/bin/busybox",
    "/bin/sh,                /usr/bin/busybox",
    "/abs/sh,                /usr/bin/busybox",
    "/usr/lib/link,          /usr/bin/busybox",
    "/up,                    /usr/bin/busybox",
    "/../../usr/bin/sh,      /usr/bin/busybox",
    "/self/self/bin/sh,      /usr/bin/busybox",
    "/bin/../lib/link,       /usr/bin/busybox",
    "/bin/../etc/hosts,      absent",
    "/loop1,                 absent",
    "/dangling,              absent",
    "/empty,                 absent",
    "/ok/l0,                 /usr/bin/busybox",
    "/deep/l0,               absent",
    "/usr/bin/sh/x,          absent",
    "/etc/hosts/x,           absent",
    "/missing,               absent",
    "bin/sh,                 /usr/bin/busybox",
    "/,                      /",
    "/bin/..,                /usr",
  })
  void resolveFollowsSymlinksInEveryComponentAsTheKernelDoes(String path, String expected) {
    assertThat(realPath(FILES.resolve(path))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "lookup({0}) is {1}")
  @CsvSource({
    "/bin/sh,           /usr/bin/sh SYMLINK",
    "/bin,              /bin SYMLINK",
    "/loop1,            /loop1 SYMLINK",
    "/dangling,         /dangling SYMLINK",
    "/bin/busybox,      /usr/bin/busybox FILE",
    "/usr/bin/perl,     /usr/bin/perl HARDLINK",
    "/loop1/x,          absent",
    "/bin/../etc/hosts, absent",
  })
  void lookupFollowsSymlinksBeforeTheLastComponentOnly(String path, String expected) {
    assertThat(FILES.lookup(path).map(f -> f.path() + " " + f.type()).orElse("absent"))
        .isEqualTo(expected);
  }

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("java", "/usr/local/bin:/usr/bin", "/usr/bin/java"),
        Arguments.of("java", "/opt/bin:/usr/bin", "/usr/bin/java"),
        Arguments.of("sh", "/bin:/usr/bin", "/bin/sh"),
        Arguments.of("perl", "/usr/bin", "/usr/bin/perl"),
        Arguments.of("java", "/usr/bin/:/bin", "/usr/bin/java"),
        Arguments.of("java", "usr/bin", "/usr/bin/java"),
        Arguments.of("tool", "/usr/bin::/bin", "/tool"),
        Arguments.of("gone", "/usr/bin", "absent"),
        Arguments.of(
            "run", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "absent"),
        Arguments.of("/app/missing", "/usr/bin", "/app/missing"),
        Arguments.of("./run", "/usr/bin", "./run"),
        Arguments.of("", "/usr/bin", "absent"),
        Arguments.of("java", "", "absent"),
        Arguments.of("java", null, "absent"));
  }

  @ParameterizedTest(name = "findExecutable({0}, {1}) is {2}")
  @MethodSource("commands")
  void findExecutableSearchesThePathAsExecvpDoes(String command, String path, String expected) {
    assertThat(FILES.findExecutable(command, path).orElse("absent")).isEqualTo(expected);
  }

  private static String realPath(Optional<ImageFile> file) {
    return file.map(ImageFile::path).orElse("absent");
  }

  /** {@code dir/l0 -> l1 -> ... -> l(n-1) -> /usr/bin/busybox}: resolving l0 follows n symlinks. */
  private static LayerTar chain(String dir, int links) {
    LayerTar layer = new LayerTar();
    for (int i = 0; i < links - 1; i++) {
      layer.symlink(dir + "/l" + i, "l" + (i + 1));
    }
    return layer.symlink(dir + "/l" + (links - 1), "/usr/bin/busybox");
  }
}
