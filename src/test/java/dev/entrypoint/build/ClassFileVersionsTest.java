package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.testing.JavaSources;
import dev.entrypoint.testing.RecordingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFileVersionsTest {

  @TempDir Path dir;

  @Test
  void classesCompiledHereNeedTheReleaseOfThisJdk() throws IOException {
    Path classes = JavaSources.compile(dir, JavaSources.printingMain());

    assertThat(ClassFileVersions.newest(classes))
        .hasValueSatisfying(
            newest -> {
              assertThat(newest.release()).isEqualTo(Runtime.version().feature());
              assertThat(newest.classFile()).endsWith(Path.of("demo", "Main.class"));
            });
  }

  @Test
  void theNewestClassFileWins() throws IOException {
    Path classes = JavaSources.compile(dir, JavaSources.printingMain());
    Path future = classFile(classes.resolve("demo/Future.class"), 99 + 44);

    assertThat(ClassFileVersions.newest(classes))
        .hasValue(new ClassFileVersions.NeededRelease(future, 99));
  }

  @Test
  void filesThatAreNotClassFilesAndMissingDirectoriesAreIgnored() throws IOException {
    Files.writeString(dir.resolve("notes.class"), "not a class file");
    Files.write(dir.resolve("short.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});

    assertThat(ClassFileVersions.newest(dir)).isEmpty();
    assertThat(ClassFileVersions.newest(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void theJlinkBaseRefusesClassesTheRuntimeOfMavensJdkCannotLoad() throws IOException {
    Path classes = JavaSources.compile(dir, JavaSources.printingMain());
    int newer = Runtime.version().feature() + 4;
    classFile(classes.resolve("demo/Newer.class"), newer + 44);

    assertThatThrownBy(
            () ->
                JlinkBase.create(
                    Set.of("java.base"),
                    classes,
                    List.of(),
                    List.of(),
                    dir.resolve("cache"),
                    new RecordingLog()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<from><image>jlink</image>")
        .hasMessageContaining("demo/Newer.class")
        .hasMessageContaining("compiled for Java " + newer)
        .hasMessageContaining("UnsupportedClassVersionError")
        .hasMessageContaining("eclipse-temurin:" + newer + "-jre");
    assertThat(dir.resolve("cache")).doesNotExist();
  }

  /**
   * A class file header of {@code major}: enough for the version check, which reads nothing else.
   */
  private static Path classFile(Path file, int major) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(
        file,
        new byte[] {
          (byte) 0xCA,
          (byte) 0xFE,
          (byte) 0xBA,
          (byte) 0xBE,
          0,
          0,
          (byte) (major >> 8),
          (byte) major
        });
  }
}
