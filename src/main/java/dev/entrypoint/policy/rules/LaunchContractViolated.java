package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Notation;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An image that breaks the launch contract its pom declares: {@code arguments} needs a non-empty
 * exec-form ENTRYPOINT; {@code command} needs a non-empty exec-form CMD and no ENTRYPOINT, or an
 * init that execs its arguments.
 */
public final class LaunchContractViolated extends Rule implements ImageRule {

  public LaunchContractViolated() {
    super(
        "launch-contract-violated",
        "Launch contract broken",
        Severity.ERROR,
        "The image's ENTRYPOINT and CMD do not keep the launch contract the pom declares, so"
            + " 'docker run IMAGE ARGS' does not do what the contract promises.");
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    if (image.contract().isEmpty() || !image.launchKnown()) {
      return;
    }
    LaunchContract contract = image.contract().get();
    Optional<String> violation = contract.violation(image.launch());
    if (violation.isPresent()) {
      String subject =
          image.origin() == ImageInput.Origin.DECLARED
              ? "As declared, "
              : "The image (" + image.launch() + ") breaks its contract: ";
      findings.report(
          image.location(),
          subject + violation.get() + ". " + fix(contract, image.launch(), image.notation()));
    }
  }

  private static String fix(LaunchContract contract, ImageLaunch launch, Notation notation) {
    if (contract == LaunchContract.ARGUMENTS) {
      if (launch.entrypointForm() == CommandForm.SHELL) {
        return ExecFormFix.forEntrypoint(launch.entrypoint().get(2), notation)
            + " Or declare <container><launch>command</launch>.";
      }
      Optional<List<String>> program = launch.hasCmd() ? execForm(launch.cmd()) : Optional.empty();
      return "Give the image its program as an exec-form ENTRYPOINT"
          + program.map(argv -> ", " + notation.entrypoint(argv) + ",").orElse("")
          + " or declare <container><launch>command</launch>.";
    }
    boolean program = launch.hasEntrypoint() && !LaunchContract.isInit(launch.entrypoint());
    Optional<List<String>> command;
    if (program && launch.entrypointForm() == CommandForm.EXEC) {
      List<String> joined = new ArrayList<>(launch.entrypoint());
      if (launch.hasCmd() && launch.cmdForm() == CommandForm.EXEC) {
        joined.addAll(launch.cmd());
      }
      command = Optional.of(joined);
    } else if (program) {
      command = execForm(launch.entrypoint());
    } else {
      command = launch.hasCmd() ? execForm(launch.cmd()) : Optional.empty();
    }
    return "Give the image its command as an exec-form CMD"
        + (program ? " with no ENTRYPOINT" : "")
        + command.map(argv -> ", " + notation.cmd(argv) + ",").orElse("")
        + " or declare <container><launch>arguments</launch>.";
  }

  /**
   * A stored ENTRYPOINT or CMD in exec form: itself, or the words of its shell-form line when they
   * need no shell; empty when the line does.
   */
  private static Optional<List<String>> execForm(List<String> stored) {
    return CommandForm.of(stored) == CommandForm.SHELL
        ? ShellScript.asExecForm(stored.get(2))
        : Optional.of(stored);
  }
}
