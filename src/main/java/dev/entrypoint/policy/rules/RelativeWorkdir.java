package dev.entrypoint.policy.rules;

import dev.entrypoint.UnixPath;
import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.regex.Pattern;

/** A WORKDIR given as a relative path, which depends on every WORKDIR before it. */
public final class RelativeWorkdir extends Rule implements DockerfileRule, ImageRule {

  private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*|\\\\.*");

  public RelativeWorkdir() {
    super(
        "relative-workdir",
        "Relative WORKDIR",
        Severity.WARNING,
        "A relative WORKDIR resolves against the WORKDIR before it (possibly the base image's),"
            + " so the directory the program starts in changes when that does.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (Stage stage : input.dockerfile().stages()) {
      String current = startingWorkdir(input, stage);
      for (Instruction workdir : stage.instructions(Keyword.WORKDIR)) {
        String path = workdir.words().get(0);
        boolean literal = !path.contains("$");
        String resolved = literal && current != null ? UnixPath.resolve(current, path) : null;
        if (literal && !path.startsWith("/") && !WINDOWS_PATH.matcher(path).matches()) {
          findings.report(
              input.at(workdir),
              "WORKDIR "
                  + path
                  + " is relative: it resolves against the WORKDIR before it"
                  + (resolved == null ? "" : " (to " + resolved + " here)")
                  + ", so the directory the program starts in moves when that one does. Write"
                  + " the absolute path"
                  + (resolved == null ? "." : ": WORKDIR " + resolved + "."));
        }
        current = resolved;
      }
    }
  }

  /** The WORKDIR a stage starts in, or {@code null} when an external base image decides it. */
  private static String startingWorkdir(DockerfileInput input, Stage stage) {
    return switch (stage.base().kind()) {
      case SCRATCH -> "/";
      case STAGE -> {
        String inherited =
            input.dockerfile().stages().get(stage.base().stageIndex()).config().workdir();
        yield inherited.isEmpty() ? null : inherited;
      }
      case IMAGE -> null;
    };
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    String path = image.workingDir();
    if (!path.isEmpty() && !path.startsWith("/") && !WINDOWS_PATH.matcher(path).matches()) {
      findings.report(
          image.location(),
          (image.origin() == ImageInput.Origin.DECLARED
                  ? "<container><workingDirectory> is "
                  : "The image's WorkingDir is ")
              + path
              + ", a relative path: engines resolve it against a directory that depends on the"
              + " engine and the base image. Write an absolute path: "
              + image.notation().workdir("/" + path)
              + ".");
    }
  }
}
