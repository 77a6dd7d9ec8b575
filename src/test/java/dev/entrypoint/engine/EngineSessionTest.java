package dev.entrypoint.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.testing.RecordingLog;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineSessionTest {

  private final RecordingLog log = new RecordingLog();
  private final FakeCommandRunner runner =
      EngineFixtures.answering(EngineKind.DOCKER)
          .succeeds(List.of("load"), "Loaded image: app:1\nLoaded image: app:latest\n")
          .succeeds(List.of("create"), "c0ffee\n")
          .succeeds(List.of("rm", "--force"), "")
          .succeeds(List.of("tag"), "")
          .succeeds(List.of("image", "inspect", "--format", "{{.Id}}"), "sha256:loaded\n")
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
          .containsSubsequence("--label", "dev.entrypoint.session=" + session.id())
          .containsSubsequence("--label", "dev.entrypoint.run=" + RunOwner.current().runId())
          .containsSubsequence("--label", "dev.entrypoint.pid=" + ProcessHandle.current().pid());
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
            .succeeds(List.of("image", "inspect", "--format", "{{.Id}}"), "sha256:loaded\n")
            .fails(
                List.of("image", "inspect", "--format", "{{.Id}}", "app:latest"),
                1,
                "No such image")
            .succeeds(List.of("image", "inspect", "--format", "{{.Id}}", "app:1"), "sha256:users\n")
            .succeeds(List.of("load"), "Loaded image: app:1\nLoaded image: app:latest\n")
            .succeeds(List.of("tag"), "")
            .succeeds(List.of("image", "rm"), "");
    String restoreRecord;
    try (EngineSession session =
        ContainerEngine.connect(EngineSettings.of(EngineChoice.DOCKER), engineWithApp, log)
            .openSession("v-")) {
      session.load(Path.of("target/jib-image.tar"), List.of("app:1", "app:latest"));
      restoreRecord = engineWithApp.argvs(List.of("tag", "sha256:users")).get(0).get(3);
      engineWithApp.succeeds(
          List.of("image", "inspect", "--format", "{{.Id}}", "app:latest"), "sha256:loaded\n");
    }

    assertThat(restoreRecord)
        .startsWith("entrypoint-owned/" + RunOwner.current().runId() + "/")
        .contains("/restore-" + HexFormat.of().formatHex("app:1".getBytes(UTF_8)) + ":");
    assertThat(engineWithApp.argvs(List.of("tag", restoreRecord, "app:1"))).hasSize(1);
    assertThat(engineWithApp.argvs(List.of("image", "rm")))
        .extracting(argv -> argv.get(3))
        .first()
        .isEqualTo("app:latest");
    assertThat(engineWithApp.argvs(List.of("image", "rm")))
        .extracting(argv -> argv.get(3))
        .doesNotContain("app:1")
        .last()
        .asString()
        .endsWith("/image:" + RunOwner.current().tag());
  }

  @Test
  void closeRemovesContainersThenTheLoadedNamesThenTheImageRecordLast() {
    try (EngineSession session = engine.openSession("verify-")) {
      session.load(Path.of("target/jib-image.tar"), List.of());
      session.create(ContainerSpec.of("app:1"));
    }

    List<List<String>> removals = runner.argvs(List.of("rm"));
    assertThat(removals.subList(0, 3))
        .containsExactly(
            List.of("docker", "rm", "--force", "c0ffee"),
            List.of("docker", "image", "rm", "app:1"),
            List.of("docker", "image", "rm", "app:latest"));
    assertThat(removals.get(removals.size() - 1).get(3)).contains("/image:");
    assertThat(removals).hasSize(6);
  }

  @Test
  void aNameThatNoLongerNamesTheLoadedImageIsLeftAlone() {
    try (EngineSession session = engine.openSession("verify-")) {
      session.load(Path.of("target/jib-image.tar"), List.of());
      runner.succeeds(
          List.of("image", "inspect", "--format", "{{.Id}}", "app:latest"), "sha256:other\n");
    }

    assertThat(runner.argvs(List.of("image", "rm", "app:latest"))).isEmpty();
    assertThat(runner.argvs(List.of("image", "rm", "app:1"))).hasSize(1);
  }

  @Test
  void aLoadThatFailsStillRecordsTheNamesItGave() {
    runner.fails(List.of("load"), 130, "context canceled");
    AtomicInteger asked = new AtomicInteger();
    runner.answer(
        List.of("image", "inspect", "--format", "{{.Id}}", "app:1"),
        command ->
            asked.getAndIncrement() == 0
                ? new CommandResult(1, "", "No such image: app:1")
                : new CommandResult(0, "sha256:loaded\n", ""));

    try (EngineSession session = engine.openSession("verify-")) {
      assertThatThrownBy(() -> session.load(Path.of("target/jib-image.tar"), List.of("app:1")))
          .isInstanceOf(EngineException.class);
    }

    assertThat(runner.argvs(List.of("image", "rm", "app:1"))).hasSize(1);
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
  void aRemovalRefusedWhileAnotherCommandHoldsTheContainerIsTriedAgain() {
    AtomicInteger tries = new AtomicInteger();
    runner.answer(
        List.of("rm", "--force", "c0ffee"),
        command ->
            tries.incrementAndGet() == 1
                ? new CommandResult(1, "", "container state improper")
                : new CommandResult(0, "", ""));

    try (EngineSession session = engine.openSession("verify-")) {
      session.create(ContainerSpec.of("app:1"));
    }

    assertThat(tries).hasValue(2);
    assertThat(log.lines()).noneMatch(line -> line.startsWith("WARN "));
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
    assertThat(runner.argvs(List.of("image", "rm", "app:1"))).hasSize(1);
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
