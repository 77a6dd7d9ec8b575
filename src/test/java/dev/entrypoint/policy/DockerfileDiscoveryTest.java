package dev.entrypoint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileDiscoveryTest {

  @TempDir Path root;

  private void touch(String... paths) throws IOException {
    for (String path : paths) {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "FROM scratch\n");
    }
  }

  private List<String> found(DockerfileDiscovery discovery) throws IOException {
    return discovery.find(root).stream()
        .map(file -> root.relativize(file).toString().replace('\\', '/'))
        .toList();
  }

  @Test
  void findsEveryConventionalNameAndSkipsBuildOutputsAndIgnoreFiles() throws IOException {
    touch(
        "Dockerfile",
        "api.Dockerfile",
        "Dockerfile.dev",
        "Containerfile",
        "Containerfile.ci",
        "docker/web/Dockerfile",
        "Dockerfile.dockerignore",
        "README.md",
        "dockerfile-notes.txt",
        "target/Dockerfile",
        "node_modules/x/Dockerfile",
        ".git/Dockerfile");

    assertThat(found(DockerfileDiscovery.of(List.of(), List.of(), true)))
        .containsExactly(
            "Containerfile",
            "Containerfile.ci",
            "Dockerfile",
            "Dockerfile.dev",
            "api.Dockerfile",
            "docker/web/Dockerfile");
  }

  @Test
  void aNestedProjectKeepsItsOwnDockerfiles() throws IOException {
    touch("Dockerfile", "module/Dockerfile", "module/pom.xml", "docker/Dockerfile");

    assertThat(found(DockerfileDiscovery.of(List.of(), List.of(), true)))
        .containsExactly("Dockerfile", "docker/Dockerfile");
    assertThat(found(DockerfileDiscovery.of(List.of(), List.of(), false)))
        .contains("module/Dockerfile");
  }

  @Test
  void includesAndExcludesAreGlobs() throws IOException {
    touch("Dockerfile", "legacy/Dockerfile", "images/app.df");

    assertThat(
            found(
                DockerfileDiscovery.of(
                    List.of("Dockerfile", "**/*.df"), List.of("legacy/**"), true)))
        .containsExactly("Dockerfile", "images/app.df");
  }

  @Test
  void aPatternThatIsNotAGlobNamesTheElementAndTheValue() {
    assertThatThrownBy(() -> DockerfileDiscovery.of(List.of(), List.of("a{b,c"), true))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<excludes> holds 'a{b,c', which is not a glob (Missing '}).");
    assertThatThrownBy(() -> DockerfileDiscovery.of(List.of("**/[z-a]"), List.of(), true))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<includes> holds '**/[z-a]', which is not a glob (Invalid range).");
  }

  @Test
  void aFileIsItsOwnResult() throws IOException {
    touch("odd-name");

    assertThat(DockerfileDiscovery.of(List.of(), List.of(), true).find(root.resolve("odd-name")))
        .containsExactly(root.resolve("odd-name"));
  }
}
