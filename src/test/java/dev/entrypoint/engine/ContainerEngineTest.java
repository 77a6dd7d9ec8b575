package dev.entrypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandTimeoutException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerEngineTest {

  private static final Container CONTAINER = new Container("0123456789abcdef", "app-1");

  @Test
  void dockerImageInspectionKeepsNullEmptyAndEmptyStringApart() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.DOCKER)
            .succeeds(
                List.of("image", "inspect", "app:1"),
                """
                [{"Id": "sha256:abc", "Config": {
                  "User": "app", "WorkingDir": "/srv",
                  "Env": ["PATH=/bin", "GREETING=a=b", "EMPTY="],
                  "ExposedPorts": {"8080/tcp": {}, "53/udp": {}},
                  "Cmd": [], "Entrypoint": [""]}}]
                """);

    ImageConfig config =
        ImageConfig.ofContainerConfig(
            EngineFixtures.connect(EngineKind.DOCKER, runner).inspectImageConfig("app:1"));

    assertThat(config.launch()).isEqualTo(ImageLaunch.of(List.of(""), List.of()));
    assertThat(config.envMap())
        .containsExactly(
            Map.entry("PATH", "/bin"), Map.entry("GREETING", "a=b"), Map.entry("EMPTY", ""));
    assertThat(config.workingDir()).isEqualTo("/srv");
    assertThat(config.user()).isEqualTo("app");
    assertThat(config.exposedPorts()).containsExactly("8080/tcp", "53/udp");
  }

  @Test
  void podmanImageInspectionReadsAnImageWithoutConfigValues() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.PODMAN)
            .succeeds(
                List.of("image", "inspect", "localhost/app:1"),
                """
                [{"Id": "abc", "Config": {"Env": ["PATH=/bin"], "Entrypoint": null}, "User": ""}]
                """);

    ImageConfig config =
        ImageConfig.ofContainerConfig(
            EngineFixtures.connect(EngineKind.PODMAN, runner)
                .inspectImageConfig("localhost/app:1"));

    assertThat(config.launch()).isEqualTo(ImageLaunch.none());
    assertThat(config.workingDir()).isEmpty();
    assertThat(config.user()).isEmpty();
    assertThat(config.exposedPorts()).isEmpty();
  }

  @Test
  void inspectingAMissingImageFailsWithTheEnginesMessage() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.DOCKER)
            .fails(
                List.of("image", "inspect"),
                1,
                "Error response from daemon: No such image: nope:1\n");

    assertThatThrownBy(
            () -> EngineFixtures.connect(EngineKind.DOCKER, runner).inspectImageConfig("nope:1"))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("No such image: nope:1");
  }

  @Test
  void dockerArgvIsPathFollowedByArgs() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.DOCKER)
            .succeeds(
                List.of("container", "inspect", CONTAINER.id()),
                """
                [{"Id": "0123456789abcdef", "Path": "/bin/echo", "Args": ["/bin/echo", ""]}]
                """);

    List<String> argv = EngineFixtures.connect(EngineKind.DOCKER, runner).resolvedArgv(CONTAINER);

    assertThat(argv).containsExactly("/bin/echo", "/bin/echo", "");
  }

  @Test
  void podmanArgvIsReadFromTheOciConfigThatInitWrites(@TempDir Path userdata) throws IOException {
    Path config = userdata.resolve("config.json");
    Files.writeString(
        config, "{\"ociVersion\": \"1.0.2\", \"process\": {\"args\": [\"/bin/echo\"]}}");
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.PODMAN)
            .succeeds(List.of("init", CONTAINER.id()), CONTAINER.id())
            .succeeds(
                List.of("container", "inspect", CONTAINER.id()),
                "[{\"Path\": \"/bin/echo\", \"Args\": [\"/bin/echo\"], \"OCIConfigPath\": \""
                    + config
                    + "\"}]");

    List<String> argv = EngineFixtures.connect(EngineKind.PODMAN, runner).resolvedArgv(CONTAINER);

    assertThat(argv).containsExactly("/bin/echo");
    assertThat(runner.commands())
        .extracting(command -> command.argv().get(1))
        .containsSubsequence("init", "container");
  }

  @Test
  void podmanArgvIsReadEvenWhenInitCannotFindTheProgram(@TempDir Path userdata) throws IOException {
    Files.writeString(
        userdata.resolve("config.json"), "{\"process\": {\"args\": [\"\", \"[1]\"]}}");
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.PODMAN)
            .fails(
                List.of("init", CONTAINER.id()),
                125,
                "Error: runc: runc create failed: unable to start container process: exec: \"\": executable file"
                    + " not found in $PATH")
            .succeeds(
                List.of("container", "inspect", CONTAINER.id()),
                "[{\"OCIConfigPath\": \"\", \"StaticDir\": \"" + userdata + "\"}]");

    List<String> argv = EngineFixtures.connect(EngineKind.PODMAN, runner).resolvedArgv(CONTAINER);

    assertThat(argv).containsExactly("", "[1]");
  }

  @Test
  void createFlagsAndTheSpecBuildTheCreateCommand() {
    FakeCommandRunner runner =
        new FakeCommandRunner()
            .succeeds(EngineFixtures.PODMAN_PROBE, "4.3.1")
            .succeeds(List.of("create"), "fedcba9876543210\n");
    EngineSettings settings =
        EngineSettings.of(EngineChoice.PODMAN)
            .with(
                EngineOptions.defaults(EngineKind.PODMAN)
                    .withGlobalFlags(List.of("--cgroup-manager=cgroupfs"))
                    .withCreateFlags(List.of("--ulimit", "nofile=1024:1024")));
    ContainerEngine engine = ContainerEngine.connect(settings, runner, BuildLog.silent());

    Container container =
        engine.create(ContainerSpec.of("app:1").withName("app-1").withArgs(List.of("a")));

    assertThat(container).isEqualTo(new Container("fedcba9876543210", "app-1"));
    assertThat(runner.argvs(List.of("create")))
        .containsExactly(
            List.of(
                "podman",
                "--cgroup-manager=cgroupfs",
                "create",
                "--name",
                "app-1",
                "--ulimit",
                "nofile=1024:1024",
                "app:1",
                "a"));
  }

  @Test
  void aRefusedCreateCarriesTheEnginesMessage() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.DOCKER)
            .fails(List.of("create"), 125, "Error response from daemon: No command specified\n");
    ContainerEngine engine = EngineFixtures.connect(EngineKind.DOCKER, runner);

    assertThatThrownBy(() -> engine.create(ContainerSpec.of("scratch-app:1").withName("app-1")))
        .isInstanceOfSatisfying(
            ContainerCreateException.class,
            refused ->
                assertThat(refused.engineError())
                    .isEqualTo("Error response from daemon: No command specified"))
        .hasMessageContaining("docker refused to create")
        .hasMessageContaining("scratch-app:1");
  }

  @Test
  void anExplicitHostIsPassedInTheEnginesOwnVariable() {
    FakeCommandRunner runner = EngineFixtures.answering(EngineKind.PODMAN);
    EngineSettings settings =
        EngineSettings.of(EngineChoice.PODMAN)
            .with(
                EngineOptions.defaults(EngineKind.PODMAN)
                    .withHost("unix:///run/podman/podman.sock"));

    ContainerEngine.connect(settings, runner, BuildLog.silent());

    assertThat(runner.commands().get(0).environment())
        .containsExactly(Map.entry("CONTAINER_HOST", "unix:///run/podman/podman.sock"));
  }

  @Test
  void waitForExitIsEmptyWhenTheContainerOutlivesTheTimeout() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.DOCKER)
            .answer(
                List.of("wait"),
                command -> {
                  throw new CommandTimeoutException(command, command.timeout());
                });

    assertThat(
            EngineFixtures.connect(EngineKind.DOCKER, runner)
                .waitForExit(CONTAINER, Duration.ofSeconds(2)))
        .isEmpty();
    assertThat(runner.commands().get(1).timeout()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void waitForExitReturnsTheExitCode() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.PODMAN).succeeds(List.of("wait"), "3\n");

    assertThat(
            EngineFixtures.connect(EngineKind.PODMAN, runner)
                .waitForExit(CONTAINER, Duration.ofSeconds(2)))
        .hasValue(3);
  }

  @Test
  void stopPassesTheTimeoutInWholeSecondsAndReportsTheExitCode() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.DOCKER)
            .succeeds(List.of("stop"), CONTAINER.id())
            .succeeds(List.of("--format", "{{.State.ExitCode}}"), "137\n");

    StopResult result =
        EngineFixtures.connect(EngineKind.DOCKER, runner).stop(CONTAINER, Duration.ofMillis(1500));

    assertThat(result.exitCode()).isEqualTo(137);
    assertThat(runner.argvs(List.of("stop")))
        .containsExactly(List.of("docker", "stop", "-t", "2", CONTAINER.id()));
  }

  @Test
  void hostPortIsReadFromThePortCommand() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.DOCKER)
            .succeeds(
                List.of("port", CONTAINER.id(), "8080/tcp"), "127.0.0.1:49153\n[::1]:49153\n");

    assertThat(EngineFixtures.connect(EngineKind.DOCKER, runner).hostPort(CONTAINER, 8080))
        .isEqualTo(49153);
  }

  @Test
  void logsKeepStdoutAndStderrApart() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.PODMAN)
            .answer(
                List.of("logs", "--tail", "20"), command -> new CommandResult(0, "out\n", "err\n"));

    assertThat(EngineFixtures.connect(EngineKind.PODMAN, runner).logs(CONTAINER, 20))
        .isEqualTo(new ContainerLogs("out\n", "err\n"));
  }

  @Test
  void podmanRemovesWithoutWaitingAndKeepsContainersOfAnImage() {
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.PODMAN)
            .succeeds(List.of("rm"), "")
            .succeeds(List.of("image", "rm"), "");
    ContainerEngine engine = EngineFixtures.connect(EngineKind.PODMAN, runner);

    engine.remove(CONTAINER);
    engine.removeImage("localhost/app:1");

    assertThat(runner.argvs(List.of("rm")))
        .containsExactly(
            List.of("podman", "rm", "--force", "--time", "0", CONTAINER.id()),
            List.of("podman", "image", "rm", "--ignore", "localhost/app:1"));
  }
}
