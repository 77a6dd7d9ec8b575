package dev.entrypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.EngineKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShutdownCleanupTest {

  private final FakeCommandRunner runner =
      EngineFixtures.answering(EngineKind.PODMAN)
          .succeeds(List.of("load"), "Loaded image: localhost/app:1\n")
          .succeeds(List.of("create"), "c0ffee\n")
          .succeeds(List.of("init"), "")
          .succeeds(List.of("rm", "--force"), "")
          .succeeds(List.of("tag"), "")
          .succeeds(List.of("image", "inspect", "--format", "{{.Id}}"), "1234\n")
          .succeeds(List.of("image", "rm"), "");
  private final ContainerEngine engine = EngineFixtures.connect(EngineKind.PODMAN, runner);
  private final ShutdownCleanup cleanup = new ShutdownCleanup();

  @Test
  void containersOfEverySessionGoBeforeAnyImage() {
    EngineSession images =
        new EngineSession(engine, "v-", BuildLog.silent(), cleanup, RunOwner.current());
    EngineSession scenario =
        new EngineSession(engine, "v-", BuildLog.silent(), cleanup, RunOwner.current());
    images.load(Path.of("image.tar"), List.of());
    scenario.create(ContainerSpec.of("localhost/app:1"));

    cleanup.run();

    List<List<String>> removals = runner.argvs(List.of("rm"));
    assertThat(removals.get(0)).containsSubsequence("rm", "--force", "--time", "0", "c0ffee");
    assertThat(removals.subList(1, removals.size()))
        .allSatisfy(argv -> assertThat(argv).containsSubsequence("image", "rm"))
        .anySatisfy(argv -> assertThat(argv).contains("localhost/app:1"));
  }

  @Test
  void aSessionCreatesNothingOnceTheShutdownBegan() {
    EngineSession session =
        new EngineSession(engine, "v-", BuildLog.silent(), cleanup, RunOwner.current());

    cleanup.run();

    assertThatThrownBy(() -> session.create(ContainerSpec.of("localhost/app:1")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(runner.argvs(List.of("create"))).isEmpty();
  }

  @Test
  void aClosedSessionIsNotCleanedAgain() {
    EngineSession session =
        new EngineSession(engine, "v-", BuildLog.silent(), cleanup, RunOwner.current());
    session.create(ContainerSpec.of("localhost/app:1"));
    session.close();

    cleanup.run();

    assertThat(runner.argvs(List.of("rm", "--force"))).hasSize(1);
  }
}
