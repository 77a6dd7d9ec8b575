package dev.entrypoint.maven;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.ConfigurationProblems;
import dev.entrypoint.DurationSetting;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineException;
import dev.entrypoint.engine.EngineUnavailableException;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.verify.Scenario;
import dev.entrypoint.verify.ScenarioConfiguration;
import dev.entrypoint.verify.VerifyGoal;
import dev.entrypoint.verify.VerifyRequest;
import java.io.IOException;
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
public class VerifyMojo extends AbstractImageMojo {

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

  /** Declared scenarios, each a {@code <scenario>}. */
  @Parameter private List<ScenarioConfiguration> scenarios = List.of();

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
  protected String goal() {
    return "verify";
  }

  @Override
  protected Optional<String> skipReason() {
    if (skipVerify) {
      return Optional.of("entrypoint.verify.skip");
    }
    if (skipAllTests) {
      return Optional.of("maven.test.skip");
    }
    if (skipTests) {
      return Optional.of("skipTests");
    }
    if (skipITs) {
      return Optional.of("skipITs");
    }
    if (isPomProject() && image == null) {
      return Optional.of(
          "packaging 'pom' has no image; name one in <image> or -Dentrypoint.image to verify it");
    }
    return super.skipReason();
  }

  @Override
  protected void run() throws Exception {
    Optional<VerifyGoal.Result> result;
    try {
      result = VerifyGoal.run(request(), root(), buildLog());
    } catch (EngineUnavailableException unavailable) {
      throw new MojoExecutionException(
          unavailable.getMessage()
              + "\nOr skip the goal: -DskipITs, -Dentrypoint.verify.skip, or"
              + " <failIfNoEngine>false</failIfNoEngine> to only warn when no engine runs.",
          unavailable);
    } catch (EngineException engineFailed) {
      throw new MojoExecutionException(
          "entrypoint:verify could not drive the engine: " + engineFailed.getMessage(),
          engineFailed);
    }
    if (result.isPresent() && result.get().failure().isPresent()) {
      throw new MojoFailureException(result.get().failure().get());
    }
  }

  VerifyRequest request() throws IOException {
    ConfigurationProblems problems = new ConfigurationProblems();
    Duration scenarioTimeout =
        problems.read(
            () -> DurationSetting.parse(timeout, "<timeout> (entrypoint.verify.timeout)"),
            VerifyRequest.DEFAULT_TIMEOUT);
    VerifyRequest.Builder request =
        VerifyRequest.builder()
            .contract(containerSettings(problems).launch())
            .contractScenarios(contractScenarios)
            .timeout(scenarioTimeout)
            .stopTimeout(
                problems.read(
                    () ->
                        DurationSetting.parse(
                            stopTimeout, "<stopTimeout> (entrypoint.verify.stopTimeout)"),
                    VerifyRequest.DEFAULT_STOP_TIMEOUT))
            .failIfNoEngine(failIfNoEngine)
            .access(imageAccess(EngineChoice.AUTO))
            .outputDir(outputDirectory.toPath());
    if (parallel != null && parallel < 1) {
      problems.add("<parallel> is " + parallel + ": run at least 1 scenario at a time.");
    } else if (parallel != null) {
      request.parallel(parallel);
    }
    for (EngineChoice choice : problems.read(this::engineChoices, List.<EngineChoice>of())) {
      request.engine(engineSettings(choice));
    }
    for (int i = 0; i < scenarios.size(); i++) {
      ScenarioConfiguration declared = scenarios.get(i);
      int position = i + 1;
      Scenario scenario = problems.read(() -> declared.toScenario(position, scenarioTimeout), null);
      if (scenario != null) {
        request.scenario(scenario);
      }
    }
    problems.throwIfAny();
    Optional<ImageSource> verified = imageToInspect();
    if (verified.isEmpty()) {
      throw new ConfigurationException(
          "There is no image to verify: entrypoint:build has not run for this project (it runs in"
              + " phase package, so run 'mvn verify'), and <image> (-Dentrypoint.image) names"
              + " none. Name one: tar://PATH, docker://NAME, podman://NAME or a registry"
              + " reference.");
    }
    return request.image(verified.get()).build();
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
}
