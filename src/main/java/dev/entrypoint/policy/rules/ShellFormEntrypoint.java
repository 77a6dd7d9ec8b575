package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.CommandLine;
import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Notation;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.List;

/** An ENTRYPOINT in shell form: {@code ENTRYPOINT java -jar app.jar}. */
public final class ShellFormEntrypoint extends Rule implements DockerfileRule, ImageRule {

  public ShellFormEntrypoint() {
    super(
        "shell-form-entrypoint",
        "Shell-form ENTRYPOINT",
        Severity.ERROR,
        "An ENTRYPOINT in shell form runs under /bin/sh -c: CMD and 'docker run' arguments are"
            + " ignored and SIGTERM never reaches the program.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (Stage stage : input.dockerfile().stages()) {
      for (Instruction entrypoint : stage.instructions(Keyword.ENTRYPOINT)) {
        CommandLine command = entrypoint.command();
        if (command.form() == CommandForm.SHELL && command.jsonFailure() == null) {
          findings.report(
              input.at(entrypoint),
              message(
                  "ENTRYPOINT in shell form",
                  input.shellAt(stage, entrypoint),
                  command.shell(),
                  Notation.DOCKERFILE));
        }
      }
    }
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    List<String> entrypoint = image.launch().entrypoint();
    if (image.entrypointForm() == CommandForm.SHELL && image.launch().hasEntrypoint()) {
      findings.report(
          image.location(),
          message(
              Sentence.capitalized(image.entrypointSource())
                  + " is the shell-form ENTRYPOINT "
                  + Argv.json(entrypoint)
                  + ", which",
              entrypoint.subList(0, entrypoint.size() - 1),
              entrypoint.get(entrypoint.size() - 1),
              image.notation()));
    }
  }

  private static String message(
      String subject, List<String> shell, String line, Notation notation) {
    String program = ShellScript.programOf(line);
    String runsUnder = subject + " runs under " + String.join(" ", shell);
    String why =
        ShellScript.startsWithExec(line)
            ? runsUnder
                + ": its 'exec' lets SIGTERM reach "
                + program
                + ", but CMD and 'docker run' arguments are still ignored."
            : runsUnder
                + ", so CMD and 'docker run' arguments are ignored and SIGTERM never reaches "
                + program
                + ".";
    return why + " " + ExecFormFix.forEntrypoint(line, notation);
  }
}
