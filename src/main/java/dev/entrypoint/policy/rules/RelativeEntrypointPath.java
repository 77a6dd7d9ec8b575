package dev.entrypoint.policy.rules;

import dev.entrypoint.UnixPath;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A program named by a relative path, {@code ENTRYPOINT ["./run.sh"]}: it is found only while the
 * working directory stays what it was at build time.
 */
public final class RelativeEntrypointPath extends ExecArrayRule {

  public RelativeEntrypointPath() {
    super(
        "relative-entrypoint-path",
        "Relative entrypoint path",
        Severity.WARNING,
        "A program named by a relative path such as ./run.sh is looked up in the working directory,"
            + " so 'docker run -w' or a WORKDIR in a derived image breaks the image.");
  }

  @Override
  void check(ExecArray array, FindingSink findings) {
    String program = array.argv().get(0);
    if (array.role() != ExecArray.Role.PROGRAM
        || program.startsWith("/")
        || !program.contains("/")) {
      return;
    }
    String workingDir = array.startDirectory();
    List<String> absolute = new ArrayList<>(array.argv());
    absolute.set(0, UnixPath.resolve(workingDir, program));
    findings.report(
        array.location(),
        Sentence.capitalized(array.written())
            + " starts "
            + program
            + " by a path"
            + " relative to the working directory ("
            + workingDir
            + "): 'docker run -w' or a"
            + " WORKDIR in an image built on this one makes it 'no such file or directory'."
            + " Write the absolute path: "
            + array.rewritten(absolute)
            + ".");
  }
}
