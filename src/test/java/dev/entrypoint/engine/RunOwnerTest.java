package dev.entrypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOwnerTest {

  private final RunOwner current = RunOwner.current();

  @Test
  void thisProcessIsNotGone() {
    assertThat(current.isGone()).isFalse();
  }

  @Test
  void anOwnerWhoseProcessIdNoProcessHasIsGone() throws Exception {
    Process exited = new ProcessBuilder("true").start();
    exited.waitFor();
    RunOwner owner = new RunOwner("abc123", current.host(), exited.pid(), current.started());

    assertThat(owner.isGone()).isTrue();
  }

  @Test
  void anOwnerWhoseProcessIdWasReusedByAnotherProcessIsGone() {
    RunOwner reused =
        new RunOwner("abc123", current.host(), current.pid(), current.started().minusSeconds(3600));

    assertThat(reused.isGone()).isTrue();
  }

  @Test
  void anOwnerOnAnotherHostIsNeverGone() {
    RunOwner elsewhere =
        new RunOwner("abc123", "build-agent-7", Long.MAX_VALUE, Instant.ofEpochMilli(1));

    assertThat(elsewhere.isGone()).isFalse();
  }

  @Test
  void labelsAndTagsNameTheSameOwner() {
    assertThat(RunOwner.ofLabels(current.labels())).contains(current);
    assertThat(RunOwner.ofTag(current.runId(), current.tag()))
        .hasValueSatisfying(
            owner -> {
              assertThat(owner.pid()).isEqualTo(current.pid());
              assertThat(owner.host()).isEqualTo(current.host());
              assertThat(owner.started().toEpochMilli())
                  .isEqualTo(current.started().toEpochMilli());
            });
  }

  @Test
  void labelsOfAnotherToolNameNoOwner() {
    assertThat(RunOwner.ofLabels(Map.of("dev.entrypoint.session", "1234abcd"))).isEmpty();
    assertThat(RunOwner.ofTag("abc123", "latest")).isEmpty();
  }
}
