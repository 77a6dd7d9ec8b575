package dev.entrypoint.maven;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineException;
import dev.entrypoint.engine.EngineUnavailableException;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.verify.Verifier;
import dev.entrypoint.verify.VerifyConsoleReport;
import dev.entrypoint.verify.VerifyReport;
import dev.entrypoint.verify.VerifyReportFiles;
import dev.entrypoint.verify.VerifyRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the image on Docker or Podman (or both) and proves that it behaves as its launch contract
 * says, and as the declared scenarios expect: {@code run IMAGE} runs the predicted argv, {@code run
 * IMAGE ARGS} passes ARGS to the ENTRYPOINT (contract {@code arguments}) or replaces the command
 * (contract {@code command}), {@code run --entrypoint X IMAGE} runs X alone, and {@code stop} ends
 * the program gracefully. Every container and loaded image is removed again, also when a scenario
 * fails, hangs or the build is interrupted. Reports go to {@code target/entrypoint/verify.xml}
 * (JUnit XML) and {@code verify.json}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class VerifyMojo extends AbstractEngineMojo {

  /**
   * The engine: {@code auto} (Docker if its engine answers, else Podman), {@code docker} or {@code
   * podman}.
   */
  @Parameter(property = "entrypoint.engine", defaultValue = "auto")
  private String engine;

  /**
   * Engines to verify on, comma-separated, such as {@code docker,podman}; each must answer. When
   * not set, {@code <engine>} picks one.
   */
  @Parameter(property = "entrypoint.engines")
  private String engines;

  /**
   * The image: {@code tar://PATH}, {@code docker://NAME} or {@code podman://NAME}. Default: the
   * tarball {@code entrypoint:build} wrote, {@code <outputDirectory>/image.tar}.
   */
  @Parameter(property = "entrypoint.image")
  private String image;

  /** Declared scenarios, each a {@code <scenario>}. */
  @Parameter private List<ScenarioConfiguration> scenarios = new ArrayList<>();

  /** Whether the scenarios derived from the launch contract run too. */
  @Parameter(property = "entrypoint.verify.contractScenarios", defaultValue = "true")
  private boolean contractScenarios;

  /** How many scenarios run at once. Default: the number of processors. */
  @Parameter(property = "entrypoint.verify.parallel")
  private Integer parallel;

  /**
   * The longest one scenario may take; a container still running then fails its scenario and is
   * removed.
   */
  @Parameter(property = "entrypoint.verify.timeout", defaultValue = "60s")
  private String timeout;

  /** The time the graceful-stop scenario gives the program between SIGTERM and SIGKILL. */
  @Parameter(property = "entrypoint.verify.stopTimeout", defaultValue = "10s")
  private String stopTimeout;

  /**
   * Whether a missing or stopped engine fails the build. When false, it is a warning and the
   * scenarios of that engine are skipped.
   */
  @Parameter(property = "entrypoint.verify.failIfNoEngine", defaultValue = "true")
  private boolean failIfNoEngine;

  /** Skip this goal only. */
  @Parameter(property = "entrypoint.verify.skip", defaultValue = "false")
  private boolean skipVerify;

  /** Skip it as failsafe does with {@code -DskipTests}. */
  @Parameter(property = "skipTests", defaultValue = "false")
  private boolean skipTests;

  /** Skip it as failsafe does with {@code -DskipITs}. */
  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skipITs;

  /** Skip it as failsafe does with {@code -Dmaven.test.skip}. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean skipAllTests;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    String reason = skipReason();
    if (reason != null) {
      getLog().info("Skipping entrypoint:verify (" + reason + ")");
      return;
    }
    if ("pom".equals(project.getPackaging()) && image == null) {
      getLog()
          .info(
              "Skipping entrypoint:verify: packaging 'pom' has no image (name one in <image> or -Dentrypoint.image"
                  + " to verify it)");
      return;
    }
    GoalFailures.run(
        "entrypoint:verify",
        () -> {
          Optional<VerifyReport> report;
          try {
            report = new Verifier(buildLog()).verify(request());
          } catch (EngineUnavailableException unavailable) {
            throw new MojoExecutionException(
                unavailable.getMessage()
                    + "\nOr skip the goal: -DskipITs,"
                    + " -Dentrypoint.verify.skip, or <failIfNoEngine>false</failIfNoEngine> to only warn when no"
                    + " engine runs.",
                unavailable);
          } catch (EngineException engineFailed) {
            throw new MojoExecutionException(
                "entrypoint:verify could not drive the engine: " + engineFailed.getMessage(),
                engineFailed);
          }
          if (report.isPresent()) {
            report(report.get());
          }
        });
  }

  VerifyRequest request() {
    Duration scenarioTimeout =
        DurationSetting.parse(timeout, "<timeout> (entrypoint.verify.timeout)");
    VerifyRequest.Builder request =
        VerifyRequest.builder()
            .image(
                image == null
                    ? ImageSource.tar(outputDirectory.toPath().resolve("image.tar"))
                    : ImageSource.parse(
                        image, project.getBasedir().toPath(), "<image> (entrypoint.image)"))
            .contract(containerSettings().launch())
            .contractScenarios(contractScenarios)
            .timeout(scenarioTimeout)
            .stopTimeout(
                DurationSetting.parse(stopTimeout, "<stopTimeout> (entrypoint.verify.stopTimeout)"))
            .failIfNoEngine(failIfNoEngine);
    if (parallel != null) {
      if (parallel < 1) {
        throw new ConfigurationException(
            "<parallel> is " + parallel + ": run at least 1 scenario at a time.");
      }
      request.parallel(parallel);
    }
    for (EngineChoice choice : engineChoices()) {
      request.engine(engineSettings(choice));
    }
    for (int i = 0; i < scenarios.size(); i++) {
      request.scenario(scenarios.get(i).toScenario(i + 1, scenarioTimeout));
    }
    return request.build();
  }

  private List<EngineChoice> engineChoices() {
    if (engines == null || engines.isBlank()) {
      return List.of(EngineChoice.parse(engine, "<engine> (entrypoint.engine)"));
    }
    List<EngineChoice> choices = new ArrayList<>();
    for (String name : engines.split("[,\\s]+")) {
      if (!name.isEmpty()) {
        choices.add(EngineChoice.parse(name, "<engines> (entrypoint.engines)"));
      }
    }
    return choices;
  }

  private void report(VerifyReport report) throws Exception {
    VerifyConsoleReport.table(report).forEach(getLog()::info);
    Path directory = outputDirectory.toPath();
    VerifyReportFiles.write(report, directory);
    Path shown =
        project.getBasedir().toPath().toAbsolutePath().relativize(directory.toAbsolutePath());
    String files =
        shown.resolve(VerifyReportFiles.JUNIT_XML)
            + " and "
            + shown.resolve(VerifyReportFiles.JSON);
    if (report.passed()) {
      getLog().info(VerifyConsoleReport.summary(report) + "; reports in " + files);
      return;
    }
    VerifyConsoleReport.failures(report).forEach(getLog()::error);
    throw new MojoFailureException(
        "The image does not behave as declared: "
            + VerifyConsoleReport.summary(report)
            + ". Expected versus observed is above, and in "
            + files
            + ".");
  }

  private String skipReason() {
    if (skip) {
      return "entrypoint.skip";
    }
    if (skipVerify) {
      return "entrypoint.verify.skip";
    }
    if (skipAllTests) {
      return "maven.test.skip";
    }
    if (skipTests) {
      return "skipTests";
    }
    return skipITs ? "skipITs" : null;
  }
}
