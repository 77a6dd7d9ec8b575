package dev.entrypoint.engine;

import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.EngineKind;
import java.util.List;

/** Engines connected through a {@link FakeCommandRunner} that answers their probe. */
final class EngineFixtures {

  static final List<String> DOCKER_PROBE = List.of("version", "--format", "{{.Server.Version}}");
  static final List<String> PODMAN_PROBE = List.of("info", "--format", "{{.Version.Version}}");

  private EngineFixtures() {}

  /** A runner whose engine of {@code kind} answers its probe. */
  static FakeCommandRunner answering(EngineKind kind) {
    return kind == EngineKind.DOCKER
        ? new FakeCommandRunner().succeeds(DOCKER_PROBE, "20.10.24\n")
        : new FakeCommandRunner().succeeds(PODMAN_PROBE, "4.3.1\n");
  }

  /** The engine of {@code kind} with default options, driven by {@code runner}. */
  static ContainerEngine connect(EngineKind kind, FakeCommandRunner runner) {
    return ContainerEngine.connect(
        EngineSettings.of(EngineChoice.of(kind)), runner, BuildLog.silent());
  }
}
