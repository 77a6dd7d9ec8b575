package dev.entrypoint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import dev.entrypoint.process.ProcessCommandRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A Docker or Podman engine, driven through its command line. {@link #connect} picks and probes it;
 * images are loaded and containers created through an {@link EngineSession}, which removes them
 * again; everything else about an image or a container is asked here.
 */
public final class ContainerEngine {

  /** Extra time a {@code stop} command gets beyond the stop timeout it passes to the engine. */
  private static final Duration STOP_MARGIN = Duration.ofSeconds(30);

  /** How Docker and Podman say that an image is not there. */
  private static final Pattern NO_SUCH_IMAGE =
      Pattern.compile("(?i)no such image|image not known|reference does not exist");

  private final EngineCli cli;
  private final String version;
  private final BuildLog log;

  ContainerEngine(EngineCli cli, String version, BuildLog log) {
    this.cli = cli;
    this.version = version;
    this.log = log;
  }

  /**
   * The engine the settings choose, once it answered; for {@link EngineChoice#AUTO} Docker if its
   * engine answers, else Podman.
   *
   * @throws EngineUnavailableException when no candidate answers, saying what was tried and how to
   *     start one
   */
  public static ContainerEngine connect(EngineSettings settings, BuildLog log) {
    return connect(settings, new ProcessCommandRunner(), log);
  }

  /** As {@link #connect(EngineSettings, BuildLog)}, running every command with {@code runner}. */
  public static ContainerEngine connect(
      EngineSettings settings, CommandRunner runner, BuildLog log) {
    return EngineSelector.select(settings, runner, log);
  }

  /** Docker or Podman. */
  public EngineKind kind() {
    return cli.kind();
  }

  /** The engine's version, as its probe reported it. */
  public String version() {
    return version;
  }

  /**
   * A session that records what it creates and removes it on {@link EngineSession#close()}.
   * Containers it names are called {@code namePrefix} + session id + a number.
   */
  public EngineSession openSession(String namePrefix) {
    return new EngineSession(this, namePrefix, log, ShutdownCleanup.JVM, RunOwner.current());
  }

  /**
   * The run configuration the engine stores for {@code image}: the {@code Config} object of its
   * {@code image inspect} (ENTRYPOINT, CMD, ENV, USER ...). Docker's daemon keeps {@code []} and
   * {@code null} apart there (its client's {@code --format '{{json .Config}}'} does not); Podman
   * reports {@code []} as absent.
   */
  public JsonNode inspectImageConfig(String image) {
    return CliOutput.firstInspected(cli.output(List.of("image", "inspect", image)), image)
        .path("Config");
  }

  /**
   * Writes {@code image} to the file {@code archive} as {@code docker save} does (Podman: its
   * {@code docker-archive} format), replacing the file; the caller deletes it.
   */
  public void saveImage(String image, Path archive) {
    cli.output(cli.dialect().saveArguments(image, archive));
  }

  /** The argv {@code container}'s process is (or will be) started with, exactly. */
  public List<String> resolvedArgv(Container container) {
    return cli.dialect().resolvedArgv(cli, container);
  }

  /** Starts a created container. */
  public void start(Container container) {
    cli.output(List.of("start", container.id()));
  }

  /** The container's exit code once it exits, or empty when it still runs after {@code timeout}. */
  public OptionalInt waitForExit(Container container, Duration timeout) {
    try {
      CommandResult result = cli.run(List.of("wait", container.id()), timeout);
      if (!result.succeeded()) {
        throw new EngineException("waiting for " + container + " failed: " + result.errorText());
      }
      return OptionalInt.of(CliOutput.exitCode(result.stdout()));
    } catch (EngineTimeoutException stillRunning) {
      return OptionalInt.empty();
    }
  }

  /** The last {@code tailLines} lines the container wrote to stdout and to stderr. */
  public ContainerLogs logs(Container container, int tailLines) {
    if (tailLines < 1) {
      throw new IllegalArgumentException("tailLines must be positive, not " + tailLines);
    }
    CommandResult result =
        cli.run(List.of("logs", "--tail", String.valueOf(tailLines), container.id()));
    if (!result.succeeded()) {
      throw new EngineException(
          "reading the logs of " + container + " failed: " + result.errorText());
    }
    return new ContainerLogs(result.stdout(), result.stderr());
  }

  /**
   * Sends SIGTERM, waits up to {@code killTimeout} (whole seconds, rounded up) and then kills the
   * container; returns how long that took and the exit code.
   */
  public StopResult stop(Container container, Duration killTimeout) {
    long seconds = killTimeout.plusMillis(999).toSeconds();
    long started = System.nanoTime();
    CommandResult result =
        cli.run(
            List.of("stop", "-t", String.valueOf(seconds), container.id()),
            killTimeout.plus(STOP_MARGIN));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    if (!result.succeeded()) {
      throw new EngineException("stopping " + container + " failed: " + result.errorText());
    }
    String exitCode =
        cli.output(
            List.of("container", "inspect", "--format", "{{.State.ExitCode}}", container.id()));
    return new StopResult(took, CliOutput.exitCode(exitCode));
  }

  /** The host port the running container's TCP {@code containerPort} is published on. */
  public int hostPort(Container container, int containerPort) {
    String what = "port " + containerPort + " of " + container;
    return CliOutput.hostPort(
        cli.output(List.of("port", container.id(), containerPort + "/tcp")), what);
  }

  /** Removes the container, running or not; a container that is already gone is fine. */
  public void remove(Container container) {
    cli.output(cli.dialect().forceRemoveArguments(container));
  }

  /**
   * Removes an image reference, and the image with its last one; one that is already gone is fine.
   * The image of a container is never removed or untagged out from under it.
   */
  public void removeImage(String image) {
    List<String> arguments = cli.dialect().removeImageArguments(image);
    CommandResult result = cli.run(arguments);
    if (!result.succeeded() && !NO_SUCH_IMAGE.matcher(result.errorText()).find()) {
      throw cli.failure(arguments, result);
    }
  }

  /** Every container, running or not, that has the label {@code label}. */
  List<Container> containersLabelled(String label) {
    return cli.output(
            List.of(
                "ps",
                "--all",
                "--no-trunc",
                "--filter",
                "label=" + label,
                "--format",
                "{{.ID}} {{.Names}}"))
        .lines()
        .map(line -> line.strip().split("\\s+", 2))
        .filter(fields -> fields.length == 2)
        .map(fields -> new Container(fields[0], fields[1]))
        .toList();
  }

  /** The labels of a container; empty when it is gone. */
  Map<String, String> containerLabels(String containerId) {
    CommandResult result =
        cli.run(
            List.of("container", "inspect", "--format", "{{json .Config.Labels}}", containerId));
    if (!result.succeeded()) {
      return Map.of();
    }
    return CliOutput.stringMap(CliOutput.json(result.stdout(), "the labels of " + containerId));
  }

  /** Every name of every image the engine has, as {@code REPOSITORY:TAG}. */
  List<String> imageReferences() {
    return cli.output(List.of("images", "--format", "{{.Repository}}:{{.Tag}}"))
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("<none>"))
        .toList();
  }

  /** The id of the image {@code name} names, or empty when the engine has no such image. */
  public Optional<String> imageId(String name) {
    CommandResult result = cli.run(List.of("image", "inspect", "--format", "{{.Id}}", name));
    return result.succeeded() ? Optional.of(result.stdout().strip()) : Optional.empty();
  }

  /**
   * Gives the image {@code imageId} the name {@code name}, moving the name from any other image.
   */
  public void tag(String imageId, String name) {
    cli.output(List.of("tag", imageId, name));
  }

  /**
   * Loads an image tar and returns the references it was loaded as; {@link EngineSession#load}
   * records them.
   */
  List<String> load(Path imageTar) {
    List<String> images =
        CliOutput.loadedImages(cli.output(List.of("load", "--input", imageTar.toString())));
    if (images.isEmpty()) {
      throw new EngineException(
          kind().command() + " load of " + imageTar + " named no image it loaded");
    }
    return images;
  }

  /**
   * Creates the container, which must be named; {@link EngineSession#create} names and records it.
   *
   * @throws ContainerCreateException when the engine refuses, with the engine's message
   */
  Container create(ContainerSpec spec) {
    CommandResult result = cli.run(spec.createArguments(cli.options().createFlags()));
    if (!result.succeeded()) {
      throw new ContainerCreateException(kind().command(), spec, result.errorText());
    }
    List<String> lines = result.stdout().lines().filter(line -> !line.isBlank()).toList();
    if (lines.isEmpty()) {
      throw new EngineException(
          kind().command() + " create printed no container id for the " + spec);
    }
    return new Container(lines.get(lines.size() - 1).strip(), spec.name());
  }

  @Override
  public String toString() {
    return kind().command() + " " + version;
  }
}
