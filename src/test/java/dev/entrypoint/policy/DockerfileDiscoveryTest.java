package dev.entrypoint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
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
    return discovery.find(root).files().stream()
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
  void aDirectoryThatCannotBeReadIsReportedNotSkippedSilently() throws IOException {
    touch("Dockerfile", "private/Dockerfile");
    Path unreadable = root.resolve("private");
    Files.setPosixFilePermissions(unreadable, Set.of());
    try {
      assumeFalse(Files.isReadable(unreadable), "the user running the tests reads every directory");

      DockerfileDiscovery.Found found =
          DockerfileDiscovery.of(List.of(), List.of(), true).find(root);

      assertThat(found.files()).containsExactly(root.resolve("Dockerfile"));
      assertThat(found.unreadable())
          .containsExactly(new DockerfileDiscovery.Unreadable(unreadable, "permission denied"));
    } finally {
      Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aPatternThatIsNotAGlobNamesTheElementAndTheValue() {
    assertThatThrownBy(() -> DockerfileDiscovery.of(List.of(), List.of("a{b,c"), true))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<excludes> holds 'a{b,c', which is not a glob (Missing '}).");
    assertThatThrownBy(() -> DockerfileDiscovery.of(List.of("**/[z-a]"), List.of(), true))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "<includes> holds '**/[z-a]', which is not a glob (Invalid range).");
  }

  @Test
  void aFileIsItsOwnResult() throws IOException {
    touch("odd-name");

    assertThat(DockerfileDiscovery.of(List.of(), List.of(), true).find(root.resolve("odd-name")))
        .isEqualTo(new DockerfileDiscovery.Found(List.of(root.resolve("odd-name")), List.of()));
  }
}
