package dev.entrypoint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrchestratorDiscoveryTest {

  @TempDir Path project;

  private void touch(String... paths) throws Exception {
    for (String path : paths) {
      Path file = project.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "");
    }
  }

  private List<String> relative(List<Path> files) {
    return files.stream().map(file -> project.relativize(file).toString()).toList();
  }

  @Test
  void readsEachOverrideOverItsBase() throws Exception {
    touch(
        "compose.yaml",
        "compose.override.yaml",
        "docker-compose.prod.yml",
        "other/docker-compose.yml");

    assertThat(OrchestratorDiscovery.of(List.of(), List.of()).find(project).composeFiles())
        .extracting(this::relative)
        .containsExactly(
            List.of("compose.yaml"),
            List.of("compose.yaml", "compose.override.yaml"),
            List.of("compose.yaml", "docker-compose.prod.yml"),
            List.of("other/docker-compose.yml"));
  }

  @Test
  void findsManifestsInTheUsualDirectoriesOnly() throws Exception {
    touch(
        "src/main/k8s/deployment.yaml",
        "src/main/jkube/service.yml",
        "k8s/base/pod.yaml",
        "kubernetes/job.yaml",
        "deploy/cron.yml",
        "config/application.yaml",
        "target/classes/k8s/copy.yaml",
        "module/pom.xml",
        "module/k8s/own.yaml");

    assertThat(relative(OrchestratorDiscovery.of(List.of(), List.of()).find(project).manifests()))
        .containsExactlyInAnyOrder(
            "src/main/k8s/deployment.yaml",
            "src/main/jkube/service.yml",
            "k8s/base/pod.yaml",
            "kubernetes/job.yaml",
            "deploy/cron.yml");
  }

  @Test
  void includesAddAndExcludesRemove() throws Exception {
    touch("ops/app.yaml", "k8s/secret.yaml", "k8s/app.yaml");

    OrchestratorDiscovery.Found found =
        OrchestratorDiscovery.of(List.of("ops/*.yaml"), List.of("**/secret.yaml")).find(project);

    assertThat(relative(found.manifests()))
        .containsExactlyInAnyOrder("ops/app.yaml", "k8s/app.yaml");
  }
}
