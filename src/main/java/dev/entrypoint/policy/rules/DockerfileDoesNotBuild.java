package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.ParseProblem;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/** A line Docker's builder refuses, so no image can be built from the file. */
public final class DockerfileDoesNotBuild extends Rule implements DockerfileRule {

  public DockerfileDoesNotBuild() {
    super(
        "dockerfile-does-not-build",
        "Dockerfile that Docker refuses",
        Severity.ERROR,
        "A line Docker's builder refuses (an unknown instruction, a bad flag, an instruction"
            + " before FROM...): 'docker build' fails on this file.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (ParseProblem problem : input.dockerfile().problems()) {
      findings.report(input.location().atLine(problem.line()), problem.refusal());
    }
  }
}
