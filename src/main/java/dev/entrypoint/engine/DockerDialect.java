package dev.entrypoint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Docker's command line. */
final class DockerDialect implements EngineDialect {

  @Override
  public String hostVariable() {
    return "DOCKER_HOST";
  }

  @Override
  public List<String> probeArguments() {
    return List.of("version", "--format", "{{.Server.Version}}");
  }

  @Override
  public String startHint() {
    return "Docker needs its engine running: 'sudo systemctl start docker' (or 'sudo dockerd &' where there"
        + " is no systemd), or point DOCKER_HOST at a running engine, such as DOCKER_HOST=tcp://host:2375.";
  }

  @Override
  public List<String> removeImageArguments(String image) {
    return List.of("image", "rm", image);
  }

  @Override
  public List<String> saveArguments(String image, Path archive) {
    return List.of("image", "save", "--output", archive.toString(), image);
  }

  @Override
  public List<String> forceRemoveArguments(Container container) {
    return List.of("rm", "--force", container.id());
  }

  /** Docker's {@code [.Path] + .Args} is the argv exactly. */
  @Override
  public List<String> resolvedArgv(EngineCli cli, Container container) {
    JsonNode inspected =
        CliOutput.firstInspected(
            cli.output(List.of("container", "inspect", container.id())), container.toString());
    List<String> argv = new ArrayList<>();
    argv.add(inspected.path("Path").asText());
    argv.addAll(CliOutput.stringsOrEmpty(inspected.get("Args")));
    return argv;
  }
}
