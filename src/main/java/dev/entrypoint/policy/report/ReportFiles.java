package dev.entrypoint.policy.report;

import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The report files of a check, {@code check.sarif}, {@code check.xml} and {@code check.json}. */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * Writes every report file of {@code report} to {@code directory}, each atomically, and returns
   * their paths; {@code root} is the directory the paths in them are relative to. The files are
   * written side by side: for a tree of a thousand Dockerfiles each takes a tenth of a second or
   * more.
   */
  public static List<Path> write(
      CheckReport report, Policy policy, String toolVersion, Path root, Path directory)
      throws IOException {
    Path sarif = directory.resolve("check.sarif");
    Path junit = directory.resolve("check.xml");
    Path json = directory.resolve("check.json");
    CompletableFuture<Void> others =
        CompletableFuture.allOf(
            inBackground(() -> SarifReport.write(report, policy, toolVersion, root, sarif)),
            inBackground(() -> JsonReport.write(report, toolVersion, json)));
    JunitReport.write(report, junit);
    try {
      others.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException failure) {
        throw failure.getCause();
      }
      throw e;
    }
    return List.of(sarif, junit, json);
  }

  private static CompletableFuture<Void> inBackground(ReportWriter writer) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            writer.write();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Writes one report file. */
  private interface ReportWriter {
    void write() throws IOException;
  }
}
