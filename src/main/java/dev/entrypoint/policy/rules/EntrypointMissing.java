package dev.entrypoint.policy.rules;

import dev.entrypoint.image.ImageFile;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageFilesRule;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.Optional;

/** An entrypoint named by a path at which the image has no file: {@code /app/run.sh} not added. */
public final class EntrypointMissing extends Rule implements ImageFilesRule {

  public EntrypointMissing() {
    super(
        "entrypoint-missing",
        "Entrypoint missing from the image",
        Severity.ERROR,
        "The program the image starts is not in the image, so every 'docker run' fails with 'no"
            + " such file or directory'.");
  }

  @Override
  public void check(ImageInput image, ImageFiles files, FindingSink findings) {
    for (StartedProgram program : StartedProgram.of(image, files)) {
      if (program.outcome() != StartedProgram.Outcome.MISSING) {
        continue;
      }
      Optional<ImageFile> link =
          files.lookup(program.path()).filter(file -> file.type() == ImageFile.Type.SYMLINK);
      String what =
          link.map(
                  file ->
                      program.path()
                          + " is a symbolic link to "
                          + file.linkTarget()
                          + ", which leads nowhere in the image")
              .orElse("the image has no " + program.path());
      findings.report(
          image.location(),
          program.starts()
              + ", but "
              + what
              + ": every 'docker"
              + " run' fails with 'exec: \""
              + program.name()
              + "\": stat "
              + program.path()
              + ": no such file or directory'. Add the file to the image (with entrypoint:build,"
              + " put it in the <extraDirectory>, src/main/image"
              + program.path()
              + " by default, which"
              + " keeps its permissions), or fix the path.");
    }
  }
}
