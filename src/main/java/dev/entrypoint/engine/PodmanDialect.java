package dev.entrypoint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Podman's command line. */
final class PodmanDialect implements EngineDialect {

  @Override
  public String hostVariable() {
    return "CONTAINER_HOST";
  }

  @Override
  public List<String> probeArguments() {
    return List.of("info", "--format", "{{.Version.Version}}");
  }

  @Override
  public String startHint() {
    return "Podman needs no daemon: install it (such as 'sudo apt-get install podman') until 'podman info'"
        + " succeeds, or set CONTAINER_HOST to a Podman service, such as"
        + " CONTAINER_HOST=unix:///run/podman/podman.sock.";
  }

  @Override
  public List<String> removeImageArguments(String image) {
    return List.of("image", "rm", "--ignore", image);
  }

  /**
   * The format is named, so that the archive is {@code docker save}'s whatever Podman's default.
   */
  @Override
  public List<String> saveArguments(String image, Path archive) {
    return List.of(
        "image", "save", "--format", "docker-archive", "--output", archive.toString(), image);
  }

  @Override
  public List<String> forceRemoveArguments(Container container) {
    return List.of("rm", "--force", "--time", "0", container.id());
  }

  /**
   * Podman 4.3's {@code .Path} and {@code .Args} cannot tell {@code ["/bin/echo"]} from {@code
   * ["/bin/echo", "/bin/echo"]}, so this reads {@code process.args} from the container's OCI {@code
   * config.json}, which {@code podman init} writes. The file is written even when {@code init} then
   * fails because the program does not exist, so {@code init}'s failure is not an error here. The
   * file is on Podman's host: a remote Podman ({@code CONTAINER_HOST}) cannot be read this way.
   */
  @Override
  public List<String> resolvedArgv(EngineCli cli, Container container) {
    cli.run(List.of("init", container.id()));
    JsonNode inspected =
        CliOutput.firstInspected(
            cli.output(List.of("container", "inspect", container.id())), container.toString());
    String configPath = inspected.path("OCIConfigPath").asText("");
    Path config =
        configPath.isEmpty()
            ? Path.of(inspected.path("StaticDir").asText(""), "config.json")
            : Path.of(configPath);
    try {
      JsonNode spec = CliOutput.json(Files.readString(config), config.toString());
      return CliOutput.stringsOrEmpty(spec.path("process").get("args"));
    } catch (IOException e) {
      throw new EngineException(
          "cannot read the OCI config "
              + config
              + " of "
              + container
              + " to learn its argv ("
              + e
              + "); this needs Podman on this machine, not a remote one set with CONTAINER_HOST",
          e);
    }
  }
}
