package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Location;
import dev.entrypoint.policy.Notation;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An image whose PID 1 is its program rather than an init such as tini. Off by default (opt in
 * where the platform does not add an init).
 */
public final class MissingInit extends Rule implements DockerfileRule, ImageRule {

  public MissingInit() {
    super(
        "missing-init",
        "No init as PID 1",
        Severity.OFF,
        "The program runs as PID 1 without an init such as tini: it gets no default signal"
            + " handling, and zombie processes are never reaped.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    Optional<Stage> target = input.target();
    if (target.isEmpty() || !target.get().config().launchKnown()) {
      return;
    }
    Stage stage = target.get();
    Instruction at = input.launchInstruction(stage);
    check(stage.launch(), input.at(at), Notation.DOCKERFILE, findings);
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    if (image.launchKnown()) {
      check(image.launch(), image.location(), image.notation(), findings);
    }
  }

  private static void check(
      ImageLaunch launch, Location location, Notation notation, FindingSink findings) {
    List<String> argv = LaunchResolver.resolve(launch, Invocation.run(), EngineKind.DOCKER).argv();
    if (argv == null || LaunchContract.isInit(argv)) {
      return;
    }
    List<String> program = launch.hasEntrypoint() ? launch.entrypoint() : argv;
    List<String> withInit = new ArrayList<>(List.of("/sbin/tini", "--"));
    withInit.addAll(program);
    findings.report(
        location,
        "The image starts "
            + argv.get(0)
            + " as PID 1, with no init: PID 1 gets no default signal handling, so SIGTERM does"
            + " nothing unless the program handles it, and orphaned child processes are never"
            + " reaped. Start it under an init, "
            + notation.entrypoint(withInit)
            + " (with tini in the image), or run it with"
            + " 'docker run --init'.");
  }
}
