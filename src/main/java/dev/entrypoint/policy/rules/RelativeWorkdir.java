package dev.entrypoint.policy.rules;

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
      String current =
          stage.base().isStage()
              ? input.dockerfile().stages().get(stage.base().stageIndex()).config().workdir()
              : "";
      for (Instruction workdir : stage.instructions(Keyword.WORKDIR)) {
        String path = workdir.words().get(0);
        boolean literal = !path.contains("$");
        if (literal && !path.startsWith("/") && !WINDOWS_PATH.matcher(path).matches()) {
          String resolved = current == null ? null : Launches.absolute(current, path);
          findings.report(
              input.at(workdir),
              "WORKDIR "
                  + path
                  + " is relative: it resolves"
                  + " against the WORKDIR before it"
                  + (resolved == null ? "" : " (to " + resolved + " here)")
                  + ", so the directory the program starts in moves when that one does."
                  + " Write the absolute path: WORKDIR "
                  + (resolved == null ? "/" + path : resolved)
                  + ".");
        }
        current = !literal ? null : current == null ? null : Launches.absolute(current, path);
      }
    }
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
