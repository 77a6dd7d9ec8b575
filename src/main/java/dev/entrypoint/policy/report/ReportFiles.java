package dev.entrypoint.policy.report;

import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The report files of a check, {@code check.sarif}, {@code check.xml} and {@code check.json}. */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * Writes every report file of {@code report} to {@code directory}, each atomically, and returns
   * their paths; {@code root} is the directory the paths in them are relative to.
   */
  public static List<Path> write(
      CheckReport report, Policy policy, String toolVersion, Path root, Path directory)
      throws IOException {
    Path sarif = directory.resolve("check.sarif");
    Path junit = directory.resolve("check.xml");
    Path json = directory.resolve("check.json");
    SarifReport.write(report, policy, toolVersion, root, sarif);
    JunitReport.write(report, junit);
    JsonReport.write(report, toolVersion, json);
    return List.of(sarif, junit, json);
  }
}
