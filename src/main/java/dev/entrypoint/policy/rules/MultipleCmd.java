package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/** More than one CMD in a stage: all but the last are dead. */
public final class MultipleCmd extends Rule implements DockerfileRule {

  public MultipleCmd() {
    super(
        "multiple-cmd",
        "More than one CMD in a stage",
        Severity.WARNING,
        "Only the last CMD of a stage takes effect; the others are dead code that misleads the"
            + " reader.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    RepeatedInstruction.report(
        input,
        Keyword.CMD,
        "To run several programs, start them from one script (or a process supervisor) and make"
            + " that the CMD; otherwise remove this line.",
        findings);
  }
}
