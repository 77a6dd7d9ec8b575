package dev.entrypoint.policy.rules;

import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.ShellWrapper;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageFilesRule;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An entrypoint shell script that never runs {@code exec "$@"} in an image with a CMD: the CMD and
 * {@code docker run} arguments are ignored, or run as a child that never gets SIGTERM.
 */
public final class EntrypointScriptWithoutExec extends Rule implements ImageFilesRule {

  private static final Pattern EXEC_ARGUMENTS =
      Pattern.compile("(?m)^[^#\\n]*\\bexec\\b[^\\n]*\\$\\{?@");
  private static final Pattern ARGUMENTS = Pattern.compile("\\$\\{?[@*]");
  private static final Pattern TRAP = Pattern.compile("(?m)^[^#\\n]*\\btrap\\b");

  public EntrypointScriptWithoutExec() {
    super(
        "entrypoint-script-without-exec",
        "Entrypoint script without exec \"$@\"",
        Severity.WARNING,
        "An entrypoint script in an image with a CMD must end with exec \"$@\": otherwise the CMD"
            + " and 'docker run' arguments are ignored, or run as a child that never gets"
            + " SIGTERM.");
  }

  @Override
  public void check(ImageInput image, ImageFiles files, FindingSink findings) {
    if (!image.launch().hasCmd()) {
      return;
    }
    for (StartedProgram program : StartedProgram.of(image, files)) {
      if (!program.inEntrypoint()) {
        continue;
      }
      program
          .script()
          .filter(StartedProgram.Script::complete)
          .filter(script -> isShell(script.interpreter()))
          .filter(script -> !EXEC_ARGUMENTS.matcher(script.text()).find())
          .filter(
              script ->
                  !(TRAP.matcher(script.text()).find() && ARGUMENTS.matcher(script.text()).find()))
          .ifPresent(
              script ->
                  findings.report(
                      image.location(),
                      program.starts()
                          + ", a shell script, and the image has CMD "
                          + Argv.json(image.launch().cmd())
                          + ", but the script never runs exec \"$@\": "
                          + (ARGUMENTS.matcher(script.text()).find()
                              ? "it starts its arguments as a child, so the shell stays PID 1 and"
                                  + " SIGTERM from 'docker stop' never reaches them."
                              : "the CMD and 'docker run' arguments never run.")
                          + " End the script with exec \"$@\", so that the command replaces the"
                          + " shell."));
    }
  }

  /**
   * Whether a shebang's interpreter is a shell: {@code /bin/sh}, or a shell that {@code
   * /usr/bin/env} or {@code /bin/busybox} starts ({@code /usr/bin/env -S bash -e}).
   */
  private static boolean isShell(List<String> interpreter) {
    if (interpreter.isEmpty()) {
      return false;
    }
    String program = interpreter.get(0);
    String name = program.substring(program.lastIndexOf('/') + 1);
    if ((name.equals("env") || name.equals("busybox")) && interpreter.size() > 1) {
      return Arrays.stream(interpreter.get(1).split("\\s+"))
          .filter(word -> !word.startsWith("-") && !word.contains("="))
          .findFirst()
          .map(ShellWrapper::isShell)
          .orElse(false);
    }
    return ShellWrapper.isShell(program);
  }
}
