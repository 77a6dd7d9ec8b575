package dev.entrypoint.policy.rules;

import dev.entrypoint.UnixPath;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageFilesRule;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.List;
import java.util.Optional;

/** An entrypoint script whose {@code #!} interpreter is not in the image: {@code #!/bin/bash}. */
public final class ShebangInterpreterMissing extends Rule implements ImageFilesRule {

  public ShebangInterpreterMissing() {
    super(
        "shebang-interpreter-missing",
        "Script interpreter missing from the image",
        Severity.ERROR,
        "The entrypoint script's #! line names an interpreter the image does not have, so the"
            + " container fails with 'no such file or directory', naming the script.");
  }

  @Override
  public void check(ImageInput image, ImageFiles files, FindingSink findings) {
    for (StartedProgram program : StartedProgram.of(image, files)) {
      Optional<StartedProgram.Script> script = program.script();
      if (script.isEmpty() || script.get().interpreter().isEmpty()) {
        continue;
      }
      missing(script.get().interpreter(), image, files)
          .ifPresent(
              missing ->
                  findings.report(
                      image.location(),
                      program.starts()
                          + ", a script that starts with "
                          + script.get().shebang()
                          + ", and "
                          + missing
                          + ": 'docker run' fails with 'exec "
                          + program.path()
                          + ": no such file or directory', which names the script, not the"
                          + " interpreter. Install the interpreter in the image, or change the"
                          + " first line to one it has, such as #!/bin/sh."));
    }
  }

  /** What is missing for {@code interpreter} to run, or empty when nothing is. */
  private static Optional<String> missing(
      List<String> interpreter, ImageInput image, ImageFiles files) {
    String program = interpreter.get(0);
    if (files.resolve(UnixPath.normalize(program)).isEmpty()) {
      return Optional.of("the image has no " + program);
    }
    if (program.endsWith("/env") && interpreter.size() > 1) {
      String command = envCommand(interpreter.get(1));
      if (command != null && files.findExecutable(command, image.searchPath()).isEmpty()) {
        return Optional.of(
            "no directory of the image's PATH (" + image.searchPath() + ") holds " + command);
      }
    }
    return Optional.empty();
  }

  /** The command {@code env ARGS} runs: the first word that is neither an option nor NAME=value. */
  private static String envCommand(String arguments) {
    for (String word : arguments.split("\\s+")) {
      if (!word.startsWith("-") && !word.contains("=") && !word.isEmpty()) {
        return word;
      }
    }
    return null;
  }
}
