package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Notation;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.List;
import java.util.Optional;

/**
 * An ENTRYPOINT set over a base image that has a CMD: Docker's builder drops the inherited CMD, so
 * the default arguments the base image had are silently gone.
 */
public final class EntrypointDropsBaseCmd extends Rule implements DockerfileRule, ImageRule {

  public EntrypointDropsBaseCmd() {
    super(
        "entrypoint-drops-base-cmd",
        "ENTRYPOINT drops the base image's CMD",
        Severity.WARNING,
        "Setting ENTRYPOINT clears the CMD inherited from the base image, so the image silently"
            + " loses the default arguments the base had.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (Stage stage : input.dockerfile().stages()) {
      List<Instruction> entrypoints = stage.instructions(Keyword.ENTRYPOINT);
      if (entrypoints.isEmpty() || !stage.instructions(Keyword.CMD).isEmpty()) {
        continue;
      }
      Optional<ImageLaunch> base = input.baseLaunch(stage);
      if (base.isPresent() && base.get().cmd() != null) {
        String from =
            stage.base().isStage()
                ? input.dockerfile().stages().get(stage.base().stageIndex()).label()
                : "base image " + stage.base().name();
        findings.report(
            input.at(entrypoints.get(0)),
            "ENTRYPOINT drops the CMD "
                + Argv.json(base.get().cmd())
                + " of "
                + from
                + ": "
                + consequence(base.get().cmd(), Notation.DOCKERFILE));
      }
    }
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    image
        .droppedBaseCmd()
        .ifPresent(
            base ->
                findings.report(
                    image.location(),
                    Sentence.capitalized(image.entrypointSource())
                        + " drops the CMD "
                        + Argv.json(base.cmd())
                        + " of "
                        + image.baseDescription()
                        + ": "
                        + consequence(base.cmd(), image.notation())));
  }

  private static String consequence(List<String> cmd, Notation notation) {
    return "Docker clears an inherited CMD when the image sets its own ENTRYPOINT, so the image"
        + " starts with no default arguments. If it still needs them, set them again: "
        + notation.cmd(cmd)
        + ".";
  }
}
