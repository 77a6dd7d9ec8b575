package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Notation;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An image with neither an ENTRYPOINT nor a CMD that runs: {@code docker run IMAGE} fails. */
public final class NothingToRun extends Rule implements DockerfileRule, ImageRule {

  private static final List<String> EXAMPLE = List.of("/app/server");

  public NothingToRun() {
    super(
        "nothing-to-run",
        "Nothing to run",
        Severity.ERROR,
        "The image has no ENTRYPOINT and no CMD that runs (none, [] or [\"\"]), so 'docker run"
            + " IMAGE' fails with 'No command specified'.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    Optional<Stage> target = input.target();
    if (target.isEmpty()
        || !target.get().config().launchKnown()
        || LaunchResolver.resolve(target.get().launch(), Invocation.run(), EngineKind.DOCKER)
            .runs()) {
      return;
    }
    Stage stage = target.get();
    Instruction last =
        Stream.of(Keyword.ENTRYPOINT, Keyword.CMD)
            .map(kind -> input.lastInstruction(stage, kind))
            .flatMap(Optional::stream)
            .max(Comparator.comparingInt(Instruction::startLine))
            .filter(instruction -> stage.instructions().contains(instruction))
            .orElse(stage.from());
    findings.report(
        input.at(last),
        Sentence.capitalized(stage.label())
            + ", the image 'docker build' makes, "
            + message(stage.launch(), Notation.DOCKERFILE));
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    if (image.launchKnown() && !image.run().runs()) {
      String subject =
          image.origin() == ImageInput.Origin.DECLARED
              ? "The image this pom declares"
              : "The image";
      findings.report(image.location(), subject + " " + message(image.launch(), image.notation()));
    }
  }

  private static String message(ImageLaunch launch, Notation notation) {
    return "has nothing to run ("
        + launch
        + "), so 'docker run IMAGE' fails with '"
        + LaunchResolver.DOCKER_NO_COMMAND
        + "' unless every user passes a command. Give it the"
        + " program to start: "
        + notation.entrypoint(EXAMPLE)
        + " or "
        + notation.cmd(EXAMPLE)
        + ".";
  }
}
