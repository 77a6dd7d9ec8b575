package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docker://} and {@code podman://} sources, with an engine that answers from a script. */
class EngineImageReadingTest {

  private static final String INSPECTED =
      "[{\"Id\":\"sha256:abc\",\"Config\":{\"Entrypoint\":[\"/app/run\"],"
          + "\"Cmd\":null,\"Env\":[\"PATH=/app\"]}}]";

  @TempDir Path temporary;
  private final ScriptedEngine engine = new ScriptedEngine();

  @Test
  void dockerConfigComesFromInspectWithoutASave() throws Exception {
    try (ImageReader image = read("docker://app:1")) {
      assertThat(image.config().launch()).isEqualTo(ImageLaunch.of(List.of("/app/run"), null));
    }

    assertThat(engine.ran("image", "inspect", "app:1")).isTrue();
    assertThat(engine.ran("image", "save")).isFalse();
  }

  @Test
  void filesComeFromASaveThatCloseDeletes() throws Exception {
    engine.saves(new LayerTar().file("app/run", 0755, "#!/bin/sh\n"));

    try (ImageReader image = read("docker://app:1")) {
      assertThat(image.files().resolve("/app/run")).isPresent();
      assertThat(entries(temporary)).hasSize(1);
      assertThat(image.config().launch().entrypoint()).containsExactly("/saved");
    }

    assertThat(engine.ran("docker", "image", "save", "--output")).isTrue();
    assertThat(engine.ran("image", "inspect")).isFalse();
    assertThat(entries(temporary)).isEmpty();
  }

  @Test
  void podmanConfigComesFromTheSavedImageBecauseItsInspectDropsEmptyArrays() throws Exception {
    engine.saves(new LayerTar().file("app/run", 0755, "x"));

    try (ImageReader image = read("podman://app:1")) {
      assertThat(image.config().launch().cmd()).isEmpty();
    }

    assertThat(engine.ran("podman", "image", "save", "--format", "docker-archive", "--output"))
        .isTrue();
    assertThat(engine.ran("image", "inspect")).isFalse();
    assertThat(entries(temporary)).isEmpty();
  }

  @Test
  void aMissingImageNamesTheEngineAndHowToListItsImages() {
    engine.fails("inspect", "Error: No such image: app:1");

    try (ImageReader image = read("docker://app:1")) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("docker://app:1: Docker has no image 'app:1'")
          .hasMessageContaining("No such image: app:1")
          .hasMessageContaining("'docker image ls'");
    }
  }

  @Test
  void aFailedSaveLeavesNoTemporaryFile() throws IOException {
    engine.fails("save", "Error: app:1: image not known");

    try (ImageReader image = read("podman://app:1")) {
      assertThatThrownBy(image::files)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("podman://app:1: Podman has no image 'app:1'");
      assertThat(entries(temporary)).isEmpty();
    }
  }

  @Test
  void anotherEngineFailureIsAReadFailureInTheEnginesWords() {
    engine.fails(
        "save", "Error response from daemon: write /var/lib/docker/tmp: no space left on device");

    try (ImageReader image = read("docker://app:1")) {
      assertThatThrownBy(image::files)
          .isInstanceOf(ImageReadException.class)
          .hasMessageStartingWith("Could not read docker://app:1 from Docker:")
          .hasMessageContaining("no space left on device");
    }
  }

  @Test
  void anEngineThatDoesNotAnswerSaysHowToStartItOrReadAnotherWay() {
    engine.fails("version", "Cannot connect to the Docker daemon at unix:///var/run/docker.sock.");

    try (ImageReader image = read("docker://app:1")) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ImageReadException.class)
          .hasMessageContaining("No container engine answered")
          .hasMessageContaining("tar://PATH");
    }
  }

  private ImageReader read(String value) {
    ImageAccess access = ImageAccess.defaults().withTemporaryDirectory(temporary);
    ImageSource source = ImageSource.parse(value, temporary, "-Dentrypoint.image");
    return ImageReader.open(source, access, BuildLog.silent(), engine);
  }

  private static List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  /**
   * Answers the engines' probes, {@code inspect} with {@link #INSPECTED}, and {@code save} by
   * writing an image tarball to its {@code --output}; a word can be made to fail instead. Records
   * every argv.
   */
  private static final class ScriptedEngine implements CommandRunner {

    private final List<List<String>> commands = new ArrayList<>();
    private LayerTar[] savedLayers = {new LayerTar()};
    private String failingWord;
    private String failure;

    void saves(LayerTar... layers) {
      savedLayers = layers;
    }

    void fails(String word, String stderr) {
      failingWord = word;
      failure = stderr;
    }

    boolean ran(String... words) {
      return commands.stream()
          .anyMatch(argv -> Collections.indexOfSubList(argv, List.of(words)) >= 0);
    }

    @Override
    public CommandResult run(Command command) {
      List<String> argv = command.argv();
      commands.add(argv);
      if (failingWord != null && argv.contains(failingWord)) {
        return new CommandResult(1, "", failure + "\n");
      }
      if (argv.contains("version") || argv.contains("info")) {
        return new CommandResult(0, "20.10.24\n", "");
      }
      if (argv.contains("inspect")) {
        return new CommandResult(0, INSPECTED, "");
      }
      if (argv.contains("save")) {
        Path output = Path.of(argv.get(argv.indexOf("--output") + 1));
        try {
          DockerSaveTarball.write(
              output, "{\"config\":{\"Entrypoint\":[\"/saved\"],\"Cmd\":[]}}", savedLayers);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return new CommandResult(0, "", "");
      }
      throw new AssertionError("unexpected command " + argv);
    }
  }
}
