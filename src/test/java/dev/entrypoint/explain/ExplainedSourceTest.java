package dev.entrypoint.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainedSourceTest {

  @TempDir Path dir;

  private Path dockerfile(String text) throws Exception {
    return Files.writeString(dir.resolve("Dockerfile"), text);
  }

  @Test
  void theLastStageIsExplainedByDefault() throws Exception {
    Path file = dockerfile("FROM scratch AS a\nCMD [\"a\"]\nFROM a AS b\nENTRYPOINT [\"/b\"]\n");

    ExplainedSource source = ExplainedSource.dockerfile(file, null);

    assertThat(source.description()).isEqualTo("Dockerfile " + file + ", stage 1 \"b\"");
    assertThat(source.launch()).isEqualTo(ImageLaunch.of(List.of("/b"), null));
    assertThat(source.notes()).isEmpty();
  }

  @Test
  void aStageIsChosenByNameOrIndex() throws Exception {
    Path file = dockerfile("FROM scratch AS a\nCMD echo a\nFROM a AS b\nENTRYPOINT [\"/b\"]\n");

    assertThat(ExplainedSource.dockerfile(file, "A").launch())
        .isEqualTo(ImageLaunch.of(null, CommandForm.shellWrapped("echo a")));
    assertThat(ExplainedSource.dockerfile(file, "0").launch().cmd())
        .isEqualTo(CommandForm.shellWrapped("echo a"));
  }

  @Test
  void anUnknownStageListsTheStages() throws Exception {
    Path file = dockerfile("FROM scratch AS a\nCMD [\"a\"]\nFROM a AS b\nCMD [\"b\"]\n");

    assertThatThrownBy(() -> ExplainedSource.dockerfile(file, "c"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("has no stage 'c'; its stages are stage 0 \"a\", stage 1 \"b\"");
  }

  @Test
  void anExternalBaseAndDockerfileProblemsAreNoted() throws Exception {
    Path file =
        dockerfile("FROM eclipse-temurin:21 AS base\nFROM base\nCMD [\"java\"]\nFROBNICATE x\n");

    ExplainedSource source = ExplainedSource.dockerfile(file, null);

    assertThat(source.notes())
        .anySatisfy(
            note ->
                assertThat(note)
                    .startsWith(
                        "Dockerfile:4: this Dockerfile does not build: 'docker build' fails on this line: "));
    assertThat(source.notes())
        .anySatisfy(
            note ->
                assertThat(note)
                    .startsWith(
                        "The stage builds on the image eclipse-temurin:21, whose ENTRYPOINT and CMD cannot be read"));
  }

  @Test
  void aMissingFileSaysWhatToGive() {
    assertThatThrownBy(() -> ExplainedSource.dockerfile(dir.resolve("nope"), null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("is not a file");
  }
}
