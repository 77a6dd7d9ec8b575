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
 * A CMD in shell form that runs as the command: {@code CMD java -jar app.jar}. (Under an exec-form
 * ENTRYPOINT it is {@link ShellFormCmdUnderEntrypoint}'s.)
 */
public final class ShellFormCmd extends Rule implements DockerfileRule, ImageRule {

  public ShellFormCmd() {
    super(
        "shell-form-cmd",
        "Shell-form CMD",
        Severity.WARNING,
        "A CMD in shell form runs under /bin/sh -c, which becomes PID 1: SIGTERM from 'docker stop'"
            + " never reaches the program.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (Stage stage : input.dockerfile().stages()) {
      for (Instruction cmd : stage.instructions(Keyword.CMD)) {
        CommandLine command = cmd.command();
        if (command.form() == CommandForm.SHELL
            && command.jsonFailure() == null
            && !ShellFormCmdUnderEntrypoint.isUnderExecEntrypoint(input, stage, cmd)) {
          findings.report(
              input.at(cmd),
              message(
                  "CMD in shell form",
                  input.shellAt(stage, cmd),
                  command.shell(),
                  Notation.DOCKERFILE));
        }
      }
    }
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    List<String> cmd = image.launch().cmd();
    boolean underEntrypoint = image.launch().hasEntrypoint();
    if (image.cmdForm() == CommandForm.SHELL && image.launch().hasCmd() && !underEntrypoint) {
      findings.report(
          image.location(),
          message(
              Sentence.capitalized(image.cmdSource())
                  + " is the shell-form CMD "
                  + Argv.json(cmd)
                  + ", which",
              cmd.subList(0, cmd.size() - 1),
              cmd.get(cmd.size() - 1),
              image.notation()));
    }
  }

  private static String message(
      String subject, List<String> shell, String line, Notation notation) {
    String program = ShellScript.programOf(line);
    String shellText = String.join(" ", shell);
    if (ShellScript.startsWithExec(line)) {
      return subject
          + " runs under "
          + shellText
          + "; its 'exec' makes "
          + program
          + " PID 1, so signals reach it, but exec form does the same without a shell. "
          + ExecFormFix.forCmd(line, notation);
    }
    return subject
        + " runs under "
        + shellText
        + ", which stays PID 1: SIGTERM from 'docker stop'"
        + " never reaches "
        + program
        + ", which is killed when the stop timeout ends. "
        + ExecFormFix.forCmd(line, notation);
  }
}
