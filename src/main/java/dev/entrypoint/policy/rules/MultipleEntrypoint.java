package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/** More than one ENTRYPOINT in a stage: all but the last are dead. */
public final class MultipleEntrypoint extends Rule implements DockerfileRule {

  public MultipleEntrypoint() {
    super(
        "multiple-entrypoint",
        "More than one ENTRYPOINT in a stage",
        Severity.ERROR,
        "Only the last ENTRYPOINT of a stage takes effect, and an ENTRYPOINT also clears the CMD"
            + " the stage inherited: the earlier ones are dead code that misleads the reader.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    RepeatedInstruction.report(
        input,
        Keyword.ENTRYPOINT,
        "Keep the one ENTRYPOINT the image should run and remove this line.",
        findings);
  }
}
