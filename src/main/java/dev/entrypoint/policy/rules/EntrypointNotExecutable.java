package dev.entrypoint.policy.rules;

import dev.entrypoint.image.ImageFile;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageFilesRule;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/** An entrypoint that is in the image but cannot be executed: no execute bit, or a directory. */
public final class EntrypointNotExecutable extends Rule implements ImageFilesRule {

  public EntrypointNotExecutable() {
    super(
        "entrypoint-not-executable",
        "Entrypoint not executable",
        Severity.ERROR,
        "The program the image starts is a directory or a file nobody may execute, so every"
            + " 'docker run' fails with 'permission denied'.");
  }

  @Override
  public void check(ImageInput image, ImageFiles files, FindingSink findings) {
    for (StartedProgram program : StartedProgram.of(image, files)) {
      if (program.outcome() != StartedProgram.Outcome.NOT_EXECUTABLE) {
        continue;
      }
      ImageFile file = program.file().orElseThrow();
      String fix;
      String what;
      if (file.type() == ImageFile.Type.DIRECTORY) {
        what = program.path() + " is a directory";
        fix = "Name the program inside it.";
      } else {
        what =
            program.path()
                + " has mode "
                + String.format("%04o", file.mode())
                + ", which lets nobody execute it";
        fix =
            "Make it executable: RUN chmod +x "
                + program.path()
                + ", or COPY --chmod=755; with"
                + " entrypoint:build, the file in the <extraDirectory> keeps its own permission"
                + " (chmod +x it, and 'git update-index --chmod=+x' so that checkouts keep it).";
      }
      findings.report(
          image.location(),
          program.starts()
              + ", but "
              + what
              + ": every 'docker"
              + " run' fails with 'exec: \""
              + program.name()
              + "\": permission denied'. "
              + fix);
    }
  }
}
