package dev.entrypoint.image;

import static dev.entrypoint.image.LayerTar.apply;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How layers stack into one file tree: each case applies layers and looks at one path. */
class LayerApplicationTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // A later layer replaces an earlier entry.
        rule(
            "a later layer's file replaces the earlier one",
            layers(
                new LayerTar().file("app/run", 0644, "old"),
                new LayerTar().file("app/run", 0700, "new")),
            "/app/run",
            "FILE 0700 'new'"),
        rule(
            "a later entry in the same layer replaces an earlier one",
            layers(new LayerTar().file("app/run", 0644, "first").file("app/run", 0755, "second")),
            "/app/run",
            "FILE 0755 'second'"),
        rule(
            "a file over a directory hides what was in it",
            layers(
                new LayerTar().file("app/lib/a.jar", 0644, "jar"),
                new LayerTar().file("app/lib", 0644, "x")),
            "/app/lib/a.jar",
            "absent"),
        rule(
            "a directory over a directory keeps what was in it",
            layers(
                new LayerTar().directory("app", 0755).file("app/a", 0644, "a"),
                new LayerTar().directory("app", 0700)),
            "/app/a",
            "FILE 0644 ''"),
        rule(
            "a directory over a directory takes the upper mode",
            layers(
                new LayerTar().directory("app", 0755).file("app/a", 0644, "a"),
                new LayerTar().directory("app", 0700)),
            "/app",
            "DIRECTORY 0700"),
        rule(
            "a directory over a file replaces it",
            layers(new LayerTar().file("app", 0755, "x"), new LayerTar().directory("app", 0750)),
            "/app",
            "DIRECTORY 0750"),
        rule(
            "a symlink over a directory hides what was in it",
            layers(
                new LayerTar().file("lib/x.so", 0755, "so"),
                new LayerTar().symlink("lib", "usr/lib")),
            "/lib/x.so",
            "absent"),
        // Whiteouts.
        rule(
            "a whiteout deletes a file of a lower layer",
            layers(
                new LayerTar().file("etc/secret", 0600, "s"),
                new LayerTar().whiteout("etc/secret")),
            "/etc/secret",
            "absent"),
        rule(
            "a whiteout deletes a lower directory with everything in it",
            layers(
                new LayerTar().file("opt/tool/bin/t", 0755, "t"),
                new LayerTar().whiteout("opt/tool")),
            "/opt/tool/bin/t",
            "absent"),
        rule(
            "a whiteout leaves entries of the same name prefix alone",
            layers(
                new LayerTar().file("opt/tool", 0644, "a").file("opt/tool-2", 0644, "b"),
                new LayerTar().whiteout("opt/tool")),
            "/opt/tool-2",
            "FILE 0644 ''"),
        rule(
            "a whiteout does not delete an entry of its own layer",
            layers(
                new LayerTar().file("app/run", 0755, "old"),
                new LayerTar().file("app/run", 0755, "new").whiteout("app/run")),
            "/app/run",
            "FILE 0755 'new'"),
        rule(
            "a whiteout itself is not a file",
            layers(new LayerTar().file("a", 0644, "a"), new LayerTar().whiteout("a")),
            "/.wh.a",
            "absent"),
        rule(
            "an entry in a layer above a whiteout is there again",
            layers(
                new LayerTar().file("a", 0644, "1"),
                new LayerTar().whiteout("a"),
                new LayerTar().file("a", 0755, "3")),
            "/a",
            "FILE 0755 '3'"),
        rule(
            "an opaque directory hides the lower layers' entries in it",
            layers(
                new LayerTar().file("etc/app/old.conf", 0644, "o"),
                new LayerTar().opaque("etc/app").file("etc/app/new.conf", 0644, "n")),
            "/etc/app/old.conf",
            "absent"),
        rule(
            "an opaque directory keeps its own layer's entries",
            layers(
                new LayerTar().file("etc/app/old.conf", 0644, "o"),
                new LayerTar().file("etc/app/new.conf", 0644, "n").opaque("etc/app")),
            "/etc/app/new.conf",
            "FILE 0644 'n'"),
        rule(
            "an opaque directory itself stays",
            layers(
                new LayerTar().directory("cfg", 0750).file("cfg/a", 0644, "a"),
                new LayerTar().opaque("cfg")),
            "/cfg",
            "DIRECTORY 0750"),
        rule(
            "an opaque directory leaves its neighbours alone",
            layers(
                new LayerTar().file("cfg/a", 0644, "a").file("cfg2/b", 0644, "b"),
                new LayerTar().opaque("cfg")),
            "/cfg2/b",
            "FILE 0644 ''"),
        rule(
            "AUFS bookkeeping entries are not files",
            layers(new LayerTar().file(".wh..wh.plnk/123.456", 0644, "x")),
            "/.wh..wh.plnk/123.456",
            "absent"),
        // Implicit parent directories.
        rule(
            "a missing parent directory is made",
            layers(new LayerTar().file("usr/local/bin/run", 0755, "r")),
            "/usr/local",
            "DIRECTORY 0755"),
        rule(
            "a missing parent directory hides a lower symlink of that name",
            layers(
                new LayerTar().symlink("lib", "usr/lib").file("usr/lib/libc.so", 0755, "c"),
                new LayerTar().file("lib/libfoo.so", 0755, "f")),
            "/lib",
            "DIRECTORY 0755"),
        rule(
            "a missing parent directory keeps an existing directory's entries",
            layers(
                new LayerTar().file("usr/bin/a", 0755, "a"),
                new LayerTar().file("usr/bin/b", 0755, "b")),
            "/usr/bin/a",
            "FILE 0755 'a'"),
        // Hard links.
        rule(
            "a hard link has its target's content and mode",
            layers(
                new LayerTar()
                    .file("usr/bin/perl5.36", 0755, "#!perl")
                    .hardlink("usr/bin/perl", "usr/bin/perl5.36")),
            "/usr/bin/perl",
            "HARDLINK 0755 -> /usr/bin/perl5.36 '#!perl'"),
        rule(
            "a hard link to a lower layer's file has its content",
            layers(
                new LayerTar().file("bin/a", 0750, "#!a"),
                new LayerTar().hardlink("bin/b", "./bin/a")),
            "/bin/b",
            "HARDLINK 0750 -> /bin/a '#!a'"),
        rule(
            "a hard link to a symlink is that symlink again",
            layers(new LayerTar().symlink("bin/sh", "busybox").hardlink("bin/ash", "bin/sh")),
            "/bin/ash",
            "SYMLINK -> busybox"),
        rule(
            "a hard link to nothing keeps its own mode and no content",
            layers(new LayerTar().hardlink("bin/b", "bin/missing")),
            "/bin/b",
            "HARDLINK 0644 -> /bin/missing ''"),
        // Entry names.
        rule(
            "dot-slash names are read from the root",
            layers(new LayerTar().file("./usr/bin/x", 0755, "x")),
            "/usr/bin/x",
            "FILE 0755 'x'"),
        rule(
            "absolute names are read from the root",
            layers(new LayerTar().file("/opt/x", 0755, "x")),
            "/opt/x",
            "FILE 0755 'x'"),
        rule(
            "double slashes are one",
            layers(new LayerTar().file("opt//y", 0755, "y")),
            "/opt/y",
            "FILE 0755 'y'"),
        rule(
            "names cannot climb above the root",
            layers(new LayerTar().file("../../etc/z", 0644, "z")),
            "/etc/z",
            "FILE 0644 'z'"),
        rule(
            "the root entry sets the root's mode",
            layers(new LayerTar().directory("./", 0700)),
            "/",
            "DIRECTORY 0700"),
        rule(
            "queries are normalised too",
            layers(new LayerTar().file("usr/bin/x", 0755, "x")),
            "//usr/./bin/x/",
            "FILE 0755 'x'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void appliesLayersAsContainerStorageDoes(LayerTar[] layers, String path, String expected) {
    assertThat(describe(apply(layers).lookup(path))).isEqualTo(expected);
  }

  /** An entry in one line: type, mode, link target and kept head; "absent" when there is none. */
  static String describe(Optional<ImageFile> entry) {
    if (entry.isEmpty()) {
      return "absent";
    }
    ImageFile file = entry.get();
    return switch (file.type()) {
      case SYMLINK -> "SYMLINK -> " + file.linkTarget();
      case DIRECTORY, OTHER -> file.type() + String.format(" %04o", file.mode());
      case FILE, HARDLINK ->
          file.type()
              + String.format(" %04o", file.mode())
              + (file.linkTarget() == null ? "" : " -> " + file.linkTarget())
              + " '"
              + new String(file.head(), StandardCharsets.UTF_8)
              + "'";
    };
  }

  private static Arguments rule(String name, LayerTar[] layers, String path, String expected) {
    return Arguments.of(Named.of(name, layers), path, expected);
  }

  private static LayerTar[] layers(LayerTar... layers) {
    return layers;
  }
}
