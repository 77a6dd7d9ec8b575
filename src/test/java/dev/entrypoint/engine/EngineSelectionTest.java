package dev.entrypoint.engine;

import static dev.entrypoint.engine.EngineFixtures.DOCKER_PROBE;
import static dev.entrypoint.engine.EngineFixtures.PODMAN_PROBE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.EngineKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSelectionTest {

  private static final String DOCKER_DOWN =
      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?";

  @Test
  void autoPicksDockerWhenItsEngineAnswers() {
    FakeCommandRunner runner =
        new FakeCommandRunner()
            .succeeds(DOCKER_PROBE, "20.10.24\n")
            .succeeds(PODMAN_PROBE, "4.3.1\n");

    ContainerEngine engine =
        ContainerEngine.connect(EngineSettings.of(EngineChoice.AUTO), runner, BuildLog.silent());

    assertThat(engine.kind()).isEqualTo(EngineKind.DOCKER);
    assertThat(engine.version()).isEqualTo("20.10.24");
    assertThat(runner.argvs(PODMAN_PROBE)).isEmpty();
  }

  @Test
  void autoFallsBackToPodmanWhenDockerDoesNotAnswer() {
    FakeCommandRunner runner =
        new FakeCommandRunner()
            .fails(DOCKER_PROBE, 1, DOCKER_DOWN)
            .succeeds(PODMAN_PROBE, "4.3.1\n");

    ContainerEngine engine =
        ContainerEngine.connect(EngineSettings.of(EngineChoice.AUTO), runner, BuildLog.silent());

    assertThat(engine.kind()).isEqualTo(EngineKind.PODMAN);
    assertThat(engine.version()).isEqualTo("4.3.1");
  }

  @Test
  void noEngineAnsweringSaysWhatWasTriedWhatFailedAndHowToStartOne() {
    FakeCommandRunner runner =
        new FakeCommandRunner()
            .fails(DOCKER_PROBE, 1, DOCKER_DOWN)
            .answer(
                PODMAN_PROBE,
                command -> {
                  throw new EngineException(
                      "could not run 'podman': error=2, No such file or directory");
                });

    assertThatThrownBy(
            () ->
                ContainerEngine.connect(
                    EngineSettings.of(EngineChoice.AUTO), runner, BuildLog.silent()))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("docker version --format '{{.Server.Version}}' said: " + DOCKER_DOWN)
        .hasMessageContaining(
            "podman info --format '{{.Version.Version}}' said: could not run 'podman'")
        .hasMessageContaining("sudo systemctl start docker")
        .hasMessageContaining("DOCKER_HOST")
        .hasMessageContaining("Podman needs no daemon");
  }

  @Test
  void aNamedEngineIsTheOnlyOneTried() {
    FakeCommandRunner runner =
        new FakeCommandRunner().fails(PODMAN_PROBE, 125, "Error: cannot set up storage");

    assertThatThrownBy(
            () ->
                ContainerEngine.connect(
                    EngineSettings.of(EngineChoice.PODMAN), runner, BuildLog.silent()))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("Error: cannot set up storage")
        .hasMessageNotContaining("docker version");
    assertThat(runner.argvs(DOCKER_PROBE)).isEmpty();
  }

  @Test
  void anExplicitHostIsNamedInTheFailure() {
    FakeCommandRunner runner =
        new FakeCommandRunner().fails(DOCKER_PROBE, 1, "Cannot connect to the Docker daemon");
    EngineSettings settings =
        EngineSettings.of(EngineChoice.DOCKER)
            .with(EngineOptions.defaults(EngineKind.DOCKER).withHost("tcp://build-host:2375"));

    assertThatThrownBy(() -> ContainerEngine.connect(settings, runner, BuildLog.silent()))
        .hasMessageContaining("(DOCKER_HOST=tcp://build-host:2375)");
  }

  @Test
  void theExecutableAndGlobalFlagsComeFromTheSettings() {
    FakeCommandRunner runner = new FakeCommandRunner().succeeds(PODMAN_PROBE, "4.3.1\n");
    EngineSettings settings =
        EngineSettings.of(EngineChoice.PODMAN)
            .with(
                EngineOptions.defaults(EngineKind.PODMAN)
                    .withExecutable("/opt/podman/bin/podman")
                    .withGlobalFlags(List.of("--runtime", "runc")));

    ContainerEngine.connect(settings, runner, BuildLog.silent());

    assertThat(runner.commands().get(0).argv())
        .containsExactly(
            "/opt/podman/bin/podman",
            "--runtime",
            "runc",
            "info",
            "--format",
            "{{.Version.Version}}");
  }
}
