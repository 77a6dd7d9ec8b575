package dev.entrypoint.engine;

import static dev.entrypoint.engine.TestEngines.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.testing.RecordingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a killed build leaves on the real engines, and the next build's cleanup: a session of an
 * owner that is gone (this process id with another start time, as after a {@code kill -9} and a
 * reused id) loads an image over a name the user's image holds and starts a container, and is never
 * closed; {@link AbandonedRuns#clean} must remove both and give the name back.
 */
class AbandonedRunsEngineIT {

  private static final String NAME = PREFIX + "abandoned:1";

  private static String busybox;
  private static Path imageTar;

  @BeforeAll
  static void saveAnImage() throws IOException, InterruptedException {
    busybox = TestEngines.busybox(EngineKind.PODMAN);
    TestEngines.buildInDocker(NAME, busybox, List.of("CMD [\"sleep\", \"300\"]"));
    imageTar = Files.createTempFile(PREFIX + "abandoned", ".tar");
    assertThat(
            TestEngines.cli(EngineKind.DOCKER, "save", "--output", imageTar.toString(), NAME)
                .succeeded())
        .isTrue();
    TestEngines.cli(EngineKind.DOCKER, "image", "rm", NAME);
  }

  @AfterAll
  static void removeTheTarball() throws IOException {
    Files.deleteIfExists(imageTar);
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void theNextBuildRemovesWhatAKilledOneLeftAndGivesTheNameBack(EngineKind kind) {
    ContainerEngine engine = TestEngines.connect(kind);
    engine.tag(busybox, NAME);
    String usersImage = engine.imageId(NAME).orElseThrow();
    RunOwner current = RunOwner.current();
    RunOwner killed =
        new RunOwner(
            "dead" + current.runId().substring(4), current.host(), current.pid(), Instant.EPOCH);
    EngineSession abandoned =
        new EngineSession(
            engine, PREFIX + "abandoned-", TestEngines.log(), new ShutdownCleanup(), killed);
    String loaded = abandoned.load(imageTar, List.of(NAME));
    String loadedId = engine.imageId(loaded).orElseThrow();
    Container running = abandoned.create(ContainerSpec.of(loaded, Invocation.run()));
    engine.start(running);
    RecordingLog log = new RecordingLog();
    try {
      AbandonedRuns.clean(engine, log);

      assertThat(TestEngines.cli(kind, "container", "inspect", running.id()).succeeded())
          .as("the killed build's container is removed")
          .isFalse();
      assertThat(engine.imageId(NAME))
          .as("the name is the user's image's again")
          .hasValue(usersImage);
      assertThat(TestEngines.cli(kind, "image", "inspect", loadedId).succeeded())
          .as("the loaded image is removed, not left as <none>")
          .isFalse();
      assertThat(TestEngines.cli(kind, "images", "--format", "{{.Repository}}").stdout())
          .doesNotContain("entrypoint-owned/" + killed.runId());
      assertThat(log.lines())
          .anyMatch(
              line ->
                  line.contains("Removed what an earlier build left on " + kind.command())
                      && line.contains(running.name()));
    } finally {
      engine.removeImage(NAME);
    }
  }
}
