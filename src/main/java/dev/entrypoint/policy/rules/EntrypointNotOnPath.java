package dev.entrypoint.policy.rules;

import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageFilesRule;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/** An entrypoint named without a path that no directory of the image's PATH holds. */
public final class EntrypointNotOnPath extends Rule implements ImageFilesRule {

  public EntrypointNotOnPath() {
    super(
        "entrypoint-not-on-path",
        "Entrypoint not on the image's PATH",
        Severity.ERROR,
        "The program the image starts is named without a path, and no directory of the image's"
            + " PATH holds it, so every 'docker run' fails with 'executable file not found in"
            + " $PATH'.");
  }

  @Override
  public void check(ImageInput image, ImageFiles files, FindingSink findings) {
    for (StartedProgram program : StartedProgram.of(image, files)) {
      if (program.outcome() == StartedProgram.Outcome.NOT_ON_PATH) {
        findings.report(
            image.location(),
            program.starts()
                + ", but no directory of the image's"
                + " PATH ("
                + image.searchPath()
                + ") holds an executable "
                + program.name()
                + ": every 'docker run' fails with 'exec: \""
                + program.name()
                + "\": executable file not found in $PATH'. Name it by its absolute path, add its"
                + " directory to the PATH (ENV PATH=/opt/app/bin:$PATH), or add it to the image.");
      }
    }
  }
}
