package dev.entrypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSessionTest {

  private final RecordingLog log = new RecordingLog();
  private final FakeCommandRunner runner =
      EngineFixtures.answering(EngineKind.DOCKER)
          .succeeds(List.of("load"), "Loaded image: app:1\nLoaded image: app:latest\n")
          .succeeds(List.of("create"), "c0ffee\n")
          .succeeds(List.of("rm", "--force"), "")
          .succeeds(List.of("image", "rm"), "");
  private final ContainerEngine engine =
      ContainerEngine.connect(EngineSettings.of(EngineChoice.DOCKER), runner, log);

  @Test
  void everyContainerIsLabelledWithTheSessionAndNamedAfterThePrefix() {
    try (EngineSession session = engine.openSession("verify-")) {
      Container container = session.create(ContainerSpec.of("app:1"));

      assertThat(container.name()).isEqualTo("verify-" + session.id() + "-1");
      assertThat(runner.argvs(List.of("create")).get(0))
          .containsSubsequence("--name", "verify-" + session.id() + "-1")
          .containsSubsequence("--label", "dev.entrypoint.session=" + session.id());
    }
  }

  @Test
  void aNameInTheSpecIsKept() {
    try (EngineSession session = engine.openSession("verify-")) {
      assertThat(session.create(ContainerSpec.of("app:1").withName("mine")).name())
          .isEqualTo("mine");
    }
  }

  @Test
  void loadReturnsTheFirstReference() {
    try (EngineSession session = engine.openSession("verify-")) {
      assertThat(session.load(Path.of("target/jib-image.tar"), List.of())).isEqualTo("app:1");
    }
  }

  @Test
  void aNameTheEngineHadBeforeTheLoadIsGivenBackToItsImage() {
    FakeCommandRunner engineWithApp =
        EngineFixtures.answering(EngineKind.DOCKER)
            .succeeds(List.of("image", "inspect", "--format", "{{.Id}}", "app:1"), "sha256:users\n")
            .fails(
                List.of("image", "inspect", "--format", "{{.Id}}", "app:latest"),
                1,
                "No such image")
            .succeeds(List.of("load"), "Loaded image: app:1\nLoaded image: app:latest\n")
            .succeeds(List.of("tag"), "")
            .succeeds(List.of("image", "rm"), "");

    try (EngineSession session =
        ContainerEngine.connect(EngineSettings.of(EngineChoice.DOCKER), engineWithApp, log)
            .openSession("v-")) {
      session.load(Path.of("target/jib-image.tar"), List.of("app:1", "app:latest"));
    }

    assertThat(engineWithApp.argvs(List.of("tag")))
        .containsExactly(List.of("docker", "tag", "sha256:users", "app:1"));
    assertThat(engineWithApp.argvs(List.of("image", "rm")))
        .singleElement()
        .satisfies(argv -> assertThat(argv).contains("app:latest").doesNotContain("app:1"));
  }

  @Test
  void closeRemovesContainersThenEveryLoadedReference() {
    try (EngineSession session = engine.openSession("verify-")) {
      session.load(Path.of("target/jib-image.tar"), List.of());
      session.create(ContainerSpec.of("app:1"));
    }

    assertThat(runner.argvs(List.of("rm")))
        .containsExactly(
            List.of("docker", "rm", "--force", "c0ffee"),
            List.of("docker", "image", "rm", "--force", "app:1"),
            List.of("docker", "image", "rm", "--force", "app:latest"));
  }

  @Test
  void closeRemovesWhatTheSessionCreatedWhenTheScenarioThrew() {
    assertThatThrownBy(
            () -> {
              try (EngineSession session = engine.openSession("verify-")) {
                session.create(ContainerSpec.of("app:1"));
                throw new IllegalStateException("scenario failed");
              }
            })
        .hasMessage("scenario failed");

    assertThat(runner.argvs(List.of("rm", "--force", "c0ffee"))).hasSize(1);
  }

  @Test
  void aFailedRemovalIsLoggedNotThrown() {
    runner.fails(
        List.of("rm", "--force", "c0ffee"), 1, "Error response from daemon: container is stuck");

    EngineSession session = engine.openSession("verify-");
    session.create(ContainerSpec.of("app:1"));
    session.load(Path.of("target/jib-image.tar"), List.of());
    session.close();

    assertThat(log.lines())
        .filteredOn(line -> line.startsWith("WARN "))
        .singleElement()
        .asString()
        .contains("container is stuck")
        .contains("'docker rm --force c0ffee' failed");
    assertThat(runner.argvs(List.of("image", "rm", "--force", "app:1"))).hasSize(1);
  }

  @Test
  void closeRemovesEvenOnAnInterruptedThreadAndKeepsTheInterrupt() {
    EngineSession session = engine.openSession("verify-");
    session.create(ContainerSpec.of("app:1"));
    runner.answer(
        List.of("rm", "--force", "c0ffee"),
        command -> {
          assertThat(Thread.currentThread().isInterrupted()).isFalse();
          return new CommandResult(0, "", "");
        });

    Thread.currentThread().interrupt();
    try {
      session.close();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(runner.argvs(List.of("rm", "--force", "c0ffee"))).hasSize(1);
  }

  @Test
  void aContainerRemovedEarlyIsNotRemovedAgainOnClose() {
    try (EngineSession session = engine.openSession("verify-")) {
      session.remove(session.create(ContainerSpec.of("app:1")));
    }

    assertThat(runner.argvs(List.of("rm", "--force", "c0ffee"))).hasSize(1);
  }

  @Test
  void closingTwiceRemovesOnce() {
    EngineSession session = engine.openSession("verify-");
    session.create(ContainerSpec.of("app:1"));

    session.close();
    session.close();

    assertThat(runner.argvs(List.of("rm", "--force", "c0ffee"))).hasSize(1);
  }

  @Test
  void aClosedSessionCreatesNothing() {
    EngineSession session = engine.openSession("verify-");
    session.close();

    assertThatThrownBy(() -> session.create(ContainerSpec.of("app:1")))
        .isInstanceOf(IllegalStateException.class);
  }
}
