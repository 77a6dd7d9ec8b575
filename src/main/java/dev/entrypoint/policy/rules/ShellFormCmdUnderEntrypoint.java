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

/**
 * A shell-form CMD under an exec-form ENTRYPOINT: {@code ENTRYPOINT ["java", "-jar", "app.jar"]}
 * then {@code CMD --port 8080}, which hands the program {@code /bin/sh}, {@code -c} and the line as
 * its arguments.
 */
public final class ShellFormCmdUnderEntrypoint extends Rule implements DockerfileRule, ImageRule {

  public ShellFormCmdUnderEntrypoint() {
    super(
        "shell-form-cmd-under-entrypoint",
        "Shell-form CMD under an exec-form ENTRYPOINT",
        Severity.ERROR,
        "A shell-form CMD under an exec-form ENTRYPOINT is stored as [\"/bin/sh\", \"-c\", LINE],"
            + " so the program gets /bin/sh and -c as its first arguments.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (Stage stage : input.dockerfile().stages()) {
      for (Instruction cmd : stage.instructions(Keyword.CMD)) {
        if (isUnderExecEntrypoint(input, stage, cmd)) {
          findings.report(
              input.at(cmd),
              message(
                  "CMD in shell form",
                  stage.launch().entrypoint(),
                  stage.launch().cmd(),
                  cmd.command().shell(),
                  Notation.DOCKERFILE));
        }
      }
    }
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    List<String> cmd = image.launch().cmd();
    if (image.cmdForm() == CommandForm.SHELL
        && image.launch().hasCmd()
        && image.hasExecEntrypoint()) {
      findings.report(
          image.location(),
          message(
              Sentence.capitalized(image.cmdSource()),
              image.launch().entrypoint(),
              cmd,
              cmd.get(cmd.size() - 1),
              image.notation()));
    }
  }

  /**
   * Whether {@code cmd} is a shell-form CMD that {@code stage} stores under an exec-form
   * ENTRYPOINT: the stage's last CMD, with an ENTRYPOINT known to be in exec form.
   */
  static boolean isUnderExecEntrypoint(DockerfileInput input, Stage stage, Instruction cmd) {
    CommandLine command = cmd.command();
    List<Instruction> cmds = stage.instructions(Keyword.CMD);
    return command.form() == CommandForm.SHELL
        && command.jsonFailure() == null
        && cmds.get(cmds.size() - 1).equals(cmd)
        && input.entrypointForm(stage).orElse(null) == CommandForm.EXEC;
  }

  private static String message(
      String subject,
      List<String> entrypoint,
      List<String> storedCmd,
      String line,
      Notation notation) {
    List<String> arguments = ShellScript.asExecForm(line).orElse(List.of(line));
    return subject
        + " is stored as "
        + Argv.json(storedCmd)
        + ", and the exec-form ENTRYPOINT "
        + Argv.json(entrypoint)
        + " gets all of it as arguments: the program sees "
        + Argv.json(storedCmd.subList(0, storedCmd.size() - 1))
        + " before the arguments meant for it, and no shell ever runs the line. Write the"
        + " arguments in exec form: "
        + notation.cmd(arguments)
        + ".";
  }
}
