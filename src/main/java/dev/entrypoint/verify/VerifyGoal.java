package dev.entrypoint.verify;

import dev.entrypoint.BuildLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workflow of {@code entrypoint:verify}: verifies the image on each engine, prints the table of
 * scenarios, writes {@code verify.xml} and {@code verify.json}, and says whether the image behaves
 * as declared. Whether the build fails is the caller's to say, from {@link Result}.
 */
public final class VerifyGoal {

  private VerifyGoal() {}

  /**
   * How a verification ended: passed, or failed with a message that names the reports.
   *
   * @param report what was run and observed
   * @param failure why the image does not behave as declared; empty when it does
   */
  public record Result(VerifyReport report, Optional<String> failure) {}

  /**
   * Runs the verification {@code request} describes; empty when no engine answered and the request
   * allows that (a warning says so). Report paths are shown relative to {@code root}.
   */
  public static Optional<Result> run(VerifyRequest request, Path root, BuildLog log)
      throws IOException, InterruptedException {
    Optional<VerifyReport> verified = new Verifier(log).verify(request);
    if (verified.isEmpty()) {
      return Optional.empty();
    }
    VerifyReport report = verified.get();
    VerifyConsoleReport.table(report).forEach(log::info);
    String files = "";
    if (request.outputDir().isPresent()) {
      Path directory = request.outputDir().get();
      VerifyReportFiles.write(report, directory);
      directory = root.toAbsolutePath().relativize(directory.toAbsolutePath());
      files =
          "; reports in "
              + directory.resolve(VerifyReportFiles.JUNIT_XML)
              + " and "
              + directory.resolve(VerifyReportFiles.JSON);
    }
    if (report.passed()) {
      log.info(VerifyConsoleReport.summary(report) + files);
      return Optional.of(new Result(report, Optional.empty()));
    }
    VerifyConsoleReport.failures(report).forEach(log::error);
    return Optional.of(
        new Result(
            report,
            Optional.of(
                "The image does not behave as declared: "
                    + VerifyConsoleReport.summary(report)
                    + ". Expected versus observed is above"
                    + files
                    + ".")));
  }
}
