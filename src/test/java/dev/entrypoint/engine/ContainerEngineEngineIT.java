package dev.entrypoint.engine;

import static dev.entrypoint.engine.TestEngines.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.testing.TestImages;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every engine operation, on the real Docker and Podman. */
class ContainerEngineEngineIT {

  private static final String LIFECYCLE = PREFIX + "lifecycle:1";
  private static final String EMPTY_ARRAYS = PREFIX + "empty-arrays:1";
  private static final Duration A_MINUTE = Duration.ofMinutes(1);

  private static String busybox;
  private static Path lifecycleTar;

  @BeforeAll
  static void buildImages() throws IOException, InterruptedException {
    busybox = TestImages.busyboxInDocker();
    TestImages.copyDockerImageToPodman(busybox);
    TestEngines.buildInDocker(
        LIFECYCLE,
        busybox,
        List.of(
            "ENV GREETING=hello",
            "WORKDIR /tmp",
            "USER 1000",
            "EXPOSE 8080",
            "CMD [\"echo\", \"hi\"]"));
    lifecycleTar = Files.createTempFile(PREFIX + "lifecycle", ".tar");
    assertThat(
            TestEngines.cli(
                    EngineKind.DOCKER, "save", "--output", lifecycleTar.toString(), LIFECYCLE)
                .succeeded())
        .isTrue();
    assertThat(TestEngines.cli(EngineKind.DOCKER, "image", "rm", LIFECYCLE).succeeded()).isTrue();
    TestEngines.buildInDocker(EMPTY_ARRAYS, busybox, List.of("ENTRYPOINT [\"\"]", "CMD []"));
    TestImages.copyDockerImageToPodman(EMPTY_ARRAYS);
  }

  @AfterAll
  static void removeImages() throws IOException {
    Files.deleteIfExists(lifecycleTar);
    TestEngines.cli(EngineKind.DOCKER, "image", "rm", EMPTY_ARRAYS);
    TestEngines.cli(EngineKind.PODMAN, "image", "rm", "localhost/" + EMPTY_ARRAYS);
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void aLoadedImageIsInspectedRunAndRemovedWithItsSession(EngineKind kind) {
    ContainerEngine engine = TestEngines.connect(kind);
    String image;
    String sessionId;
    try (EngineSession session = engine.openSession(PREFIX)) {
      sessionId = session.id();
      image = session.load(lifecycleTar, List.of(LIFECYCLE));
      assertThat(image).isEqualTo(kind == EngineKind.DOCKER ? LIFECYCLE : "localhost/" + LIFECYCLE);

      ImageConfig config = ImageConfig.ofContainerConfig(engine.inspectImageConfig(image));
      assertThat(config.launch()).isEqualTo(ImageLaunch.of(null, List.of("echo", "hi")));
      assertThat(config.envMap()).containsEntry("GREETING", "hello");
      assertThat(config.workingDir()).isEqualTo("/tmp");
      assertThat(config.user()).isEqualTo("1000");
      assertThat(config.exposedPorts()).containsExactly("8080/tcp");

      Invocation script =
          Invocation.runWithEntrypoint(
              "sh", "-c", "echo out; echo err >&2; echo $GREETING $EXTRA; exit 3");
      Container container =
          session.create(ContainerSpec.of(image, script).withEnv("EXTRA", "there"));
      engine.start(container);
      assertThat(engine.waitForExit(container, A_MINUTE)).hasValue(3);
      assertThat(engine.logs(container, 10))
          .isEqualTo(new ContainerLogs("out\nhello there\n", "err\n"));
    }

    String sessionLabel = "label=" + EngineSession.LABEL + "=" + sessionId;
    assertThat(TestEngines.cli(kind, "ps", "--all", "--quiet", "--filter", sessionLabel).stdout())
        .isBlank();
    assertThat(TestEngines.cli(kind, "image", "inspect", image).succeeded())
        .as("%s still there", image)
        .isFalse();
  }

  @Test
  void dockerInspectionKeepsAnEmptyCmdApartFromNone() {
    ImageLaunch launch =
        ImageConfig.ofContainerConfig(
                TestEngines.connect(EngineKind.DOCKER).inspectImageConfig(EMPTY_ARRAYS))
            .launch();

    assertThat(launch).isEqualTo(ImageLaunch.of(List.of(""), List.of()));
  }

  @Test
  void podmanInspectionReportsAnEmptyCmdAsNone() {
    ImageLaunch launch =
        ImageConfig.ofContainerConfig(
                TestEngines.connect(EngineKind.PODMAN).inspectImageConfig(EMPTY_ARRAYS))
            .launch();

    assertThat(launch).isEqualTo(ImageLaunch.of(List.of(""), null));
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void stopTakesLittleTimeForAProcessThatHandlesSigtermAndTheWholeTimeoutForOneThatIgnoresIt(
      EngineKind kind) throws InterruptedException {
    ContainerEngine engine = TestEngines.connect(kind);
    try (EngineSession session = engine.openSession(PREFIX)) {
      Container graceful =
          startedUntilReady(
              session, "trap 'exit 143' TERM; echo ready; while true; do sleep 1; done");
      Container ignoring = startedUntilReady(session, "echo ready; sleep 60; echo never");

      StopResult handled = engine.stop(graceful, Duration.ofSeconds(10));
      StopResult killed = engine.stop(ignoring, Duration.ofSeconds(2));

      assertThat(handled.exitCode()).isEqualTo(143);
      assertThat(handled.took()).isLessThan(Duration.ofSeconds(5));
      assertThat(killed.exitCode()).isEqualTo(137);
      assertThat(killed.took()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void publishedPortsAreReportedOnTheHost(EngineKind kind) throws IOException {
    ContainerEngine engine = TestEngines.connect(kind);
    int chosen = freePort();
    try (EngineSession session = engine.openSession(PREFIX)) {
      Container container =
          session.create(
              ContainerSpec.of(busybox, Invocation.runWithEntrypoint("sleep", "60"))
                  .withPublishedPort(8080, chosen)
                  .withPublishedPort(8081, 0));
      engine.start(container);

      assertThat(engine.hostPort(container, 8080)).isEqualTo(chosen);
      assertThat(engine.hostPort(container, 8081)).isPositive().isNotEqualTo(chosen);
    }
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void aOneElementArgvIsToldApartFromTheSameWordTwice(EngineKind kind) {
    ContainerEngine engine = TestEngines.connect(kind);
    try (EngineSession session = engine.openSession(PREFIX)) {
      Container once = session.create(ContainerSpec.of(busybox, Invocation.run("/bin/echo")));
      Container twice =
          session.create(
              ContainerSpec.of(busybox, Invocation.runWithEntrypoint("/bin/echo", "/bin/echo")));

      assertThat(engine.resolvedArgv(once)).containsExactly("/bin/echo");
      assertThat(engine.resolvedArgv(twice)).containsExactly("/bin/echo", "/bin/echo");
    }
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void anImageWithNothingToRunIsRefusedWithTheEnginesMessage(EngineKind kind) {
    ContainerEngine engine = TestEngines.connect(kind);
    String expected =
        kind == EngineKind.DOCKER
            ? LaunchResolver.DOCKER_NO_COMMAND
            : LaunchResolver.PODMAN_NO_COMMAND;
    try (EngineSession session = engine.openSession(PREFIX)) {
      assertThatThrownBy(() -> session.create(ContainerSpec.of(busybox)))
          .isInstanceOfSatisfying(
              ContainerCreateException.class,
              refused -> assertThat(refused.engineError()).contains(expected));
    }
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void anEngineThatDoesNotAnswerSaysWhatWasTriedAndHowToStartOne(EngineKind kind) {
    EngineSettings settings =
        EngineSettings.of(EngineChoice.of(kind))
            .with(EngineOptions.defaults(kind).withHost("unix:///nonexistent/engine.sock"));

    assertThatThrownBy(() -> ContainerEngine.connect(settings, BuildLog.silent()))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("/nonexistent/engine.sock")
        .hasMessageContaining(
            kind == EngineKind.DOCKER
                ? "Cannot connect to the Docker daemon"
                : "unable to connect to Podman")
        .hasMessageContaining(
            kind == EngineKind.DOCKER ? "sudo systemctl start docker" : "Podman needs no daemon");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void aMissingExecutableIsAnUnavailableEngine(EngineKind kind) {
    EngineSettings settings =
        EngineSettings.of(EngineChoice.of(kind))
            .with(EngineOptions.defaults(kind).withExecutable("/nonexistent/bin/engine"));

    assertThatThrownBy(() -> ContainerEngine.connect(settings, BuildLog.silent()))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("could not run '/nonexistent/bin/engine'");
  }

  @Test
  void autoPicksDockerWhileItsEngineRuns() {
    assertThat(
            ContainerEngine.connect(EngineSettings.of(EngineChoice.AUTO), BuildLog.silent()).kind())
        .isEqualTo(EngineKind.DOCKER);
  }

  @Test
  void autoFallsBackToPodmanWhenDockerDoesNotAnswer() {
    EngineSettings dockerDown =
        TestEngines.settings(EngineChoice.AUTO)
            .with(
                EngineOptions.defaults(EngineKind.DOCKER)
                    .withHost("unix:///nonexistent/docker.sock"));

    assertThat(ContainerEngine.connect(dockerDown, BuildLog.silent()).kind())
        .isEqualTo(EngineKind.PODMAN);
  }

  private static Container startedUntilReady(EngineSession session, String script)
      throws InterruptedException {
    ContainerEngine engine = session.engine();
    Container container =
        session.create(ContainerSpec.of(busybox, Invocation.runWithEntrypoint("sh", "-c", script)));
    engine.start(container);
    long deadline = System.nanoTime() + A_MINUTE.toNanos();
    while (!engine.logs(container, 5).stdout().contains("ready")) {
      assertThat(System.nanoTime()).as("%s never said ready", container).isLessThan(deadline);
      Thread.sleep(100);
    }
    return container;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
