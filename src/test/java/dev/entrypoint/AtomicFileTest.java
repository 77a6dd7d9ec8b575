package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out/report.json");

    AtomicFile.write(target, "{}");

    assertThat(target).hasContent("{}");
    assertThat(entries(target.getParent())).containsExactly(target);
  }

  @Test
  void aWriteThatFailsNamesTheFileAndLeavesWhatWasThere() throws IOException {
    Path target = Files.createDirectories(dir.resolve("verify.json"));
    Files.writeString(target.resolve("inside"), "kept");

    assertThatThrownBy(() -> AtomicFile.write(target, "{}"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(
            "Could not write " + target + ", which is as it was before this build: ");
    assertThat(Files.readString(target.resolve("inside"))).isEqualTo("kept");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(target);
    }
  }

  @Test
  void replacesAnEarlierFile() throws IOException {
    Path target = dir.resolve("image.digest");
    Files.writeString(target, "sha256:old");

    AtomicFile.write(target, "sha256:new");

    assertThat(target).hasContent("sha256:new");
    assertThat(entries(dir)).containsExactly(target);
  }

  @Test
  void givesTheOutputThePermissionsOfAnyNewFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(dir.resolve("plain"));
    Path target = dir.resolve("check.sarif");

    AtomicFile.write(target, "{}");

    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void temporarySiblingsAreDistinctHiddenFilesBesideTheTarget() throws IOException {
    Path target = dir.resolve("image.tar");

    Path first = AtomicFile.temporarySibling(target);
    Path second = AtomicFile.temporarySibling(target);

    assertThat(first).isNotEqualTo(second).exists().hasParent(dir);
    assertThat(first.getFileName().toString()).startsWith(".image.tar.").endsWith(".tmp");
  }

  private static List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
