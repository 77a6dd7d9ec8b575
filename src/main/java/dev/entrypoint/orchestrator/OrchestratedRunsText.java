package dev.entrypoint.orchestrator;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.ImageLaunch;
import java.util.ArrayList;
import java.util.List;

/** Renders what Compose services and Kubernetes containers execute as lines for the console. */
public final class OrchestratedRunsText {

  private OrchestratedRunsText() {}

  /** One block per service or container, indented with spaces. */
  public static List<String> lines(List<OrchestratedRun> runs) {
    List<String> lines = new ArrayList<>();
    lines.add("What Compose and Kubernetes execute (the argv, or the error that stops them):");
    for (OrchestratedRun run : runs) {
      lines.add("  " + run.source());
      lines.add("    image     " + image(run.image()));
      lines.add(
          "    executes  "
              + (run.runs()
                  ? Argv.shellQuoted(run.argv()) + "   " + Argv.json(run.argv())
                  : "nothing: " + run.error()));
      lines.add("    because   " + run.rule());
      run.notes().forEach(note -> lines.add("    note      " + note));
    }
    return lines;
  }

  private static String image(FoundImage image) {
    String name = image.reference().isEmpty() ? "(none)" : image.reference();
    if (!image.isFound()) {
      return name + ", not found";
    }
    ImageLaunch launch = image.launch();
    return name
        + ", from "
        + image.origin()
        + ": ENTRYPOINT "
        + Argv.json(launch.entrypoint())
        + ", CMD "
        + Argv.json(launch.cmd());
  }
}
