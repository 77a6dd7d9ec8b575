package dev.entrypoint.maven;

import static dev.entrypoint.maven.NestedProperty.CHECK_RULES;

import dev.entrypoint.ConfigurationProblems;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.policy.CheckGoal;
import dev.entrypoint.policy.CheckRequest;
import dev.entrypoint.policy.Policy;
import dev.entrypoint.policy.Severity;
import dev.entrypoint.policy.Suppression;
import dev.entrypoint.policy.rules.StandardRules;
import dev.entrypoint.project.FrameworkLayout;
import dev.entrypoint.project.JavaApplication;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Holds the project's images to a policy on how containers start: the image the pom's {@code
 * <container>} declares (checked before anything is built), the image {@code entrypoint:build} made
 * (wherever its target put it), and every Dockerfile and Containerfile of the project. Findings go
 * to the console and to {@code check.sarif}, {@code check.xml} and {@code check.json}; the build
 * fails on findings at or above {@code failOn}, and as the plugin's own error when a rule throws.
 * Runs in {@code pre-integration-test}, after the image is built and before {@code verify} runs
 * containers, so a policy failure does not wait for them; and alone as {@code mvn
 * entrypoint:check}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class CheckMojo extends AbstractImageMojo {

  /** Skip this goal only ({@code entrypoint.skip} skips every goal of the plugin). */
  @Parameter(property = "entrypoint.check.skip", defaultValue = "false")
  private boolean skipCheck;

  /**
   * The least severity that fails the build: {@code error}, {@code warning} or {@code info}; {@code
   * none} reports every finding and never fails, to adopt the plugin first and tighten later.
   */
  @Parameter(property = "entrypoint.check.failOn", defaultValue = "error")
  private String failOn;

  /**
   * Rule severities that replace the defaults, {@code <rule-id>severity</rule-id>}, where severity
   * is {@code error}, {@code warning}, {@code info} or {@code off}. Property {@code
   * entrypoint.check.rules}: {@code id=severity,id=severity}.
   */
  @Parameter private Map<String, String> rules;

  /** Findings that do not count: {@code <suppression><rule/><path/><reason/></suppression>}. */
  @Parameter private List<SuppressionConfiguration> suppressions = List.of();

  /** Whether {@code # entrypoint:ignore=RULE reason} comments in Dockerfiles suppress findings. */
  @Parameter(property = "entrypoint.check.allowInlineSuppressions", defaultValue = "true")
  private boolean allowInlineSuppressions;

  /** Where to look for Dockerfiles: a directory (searched) or one file. */
  @Parameter(property = "entrypoint.check.dockerfiles", defaultValue = "${project.basedir}")
  private File dockerfiles;

  /**
   * Globs of the Dockerfiles to check, relative to {@code dockerfiles}; a glob without {@code /}
   * matches a file name anywhere. Default: {@code Dockerfile}, {@code *.Dockerfile}, {@code
   * Dockerfile.*}, {@code Containerfile}, {@code Containerfile.*}. Comma-separated as a property.
   */
  @Parameter(property = "entrypoint.check.includes")
  private List<String> includes = List.of();

  /** Globs of files to leave out. Comma-separated as a property. */
  @Parameter(property = "entrypoint.check.excludes")
  private List<String> excludes = List.of();

  /**
   * Globs of more Compose files and Kubernetes manifests to check, relative to the project, on top
   * of the defaults ({@code compose.yaml}, {@code docker-compose.yml} and their variants anywhere;
   * {@code *.yaml} and {@code *.yml} under {@code src/main/k8s}, {@code src/main/jkube}, {@code
   * k8s}, {@code kubernetes} and {@code deploy}). A file named {@code compose*} or {@code
   * docker-compose*} is read as Compose, any other as a manifest. Comma-separated as a property.
   */
  @Parameter(property = "entrypoint.check.orchestratorIncludes")
  private List<String> orchestratorIncludes = List.of();

  /** Globs of Compose files and manifests to leave out. Comma-separated as a property. */
  @Parameter(property = "entrypoint.check.orchestratorExcludes")
  private List<String> orchestratorExcludes = List.of();

  /** Deprecated: use {@code <image>} ({@code entrypoint.image}), shared with verify and explain. */
  @Deprecated
  @Parameter(property = "entrypoint.check.image")
  private String checkedImage;

  /**
   * The registries base images may come from ({@code docker.io}, {@code ghcr.io}, {@code
   * *.example.com}); when empty, rule base-registry-not-allowed checks nothing. Comma-separated as
   * a property.
   */
  @Parameter(property = "entrypoint.check.allowedRegistries")
  private List<String> allowedRegistries = List.of();

  /**
   * Read the config of each external base image a Dockerfile's FROM names from its registry
   * (credentials from settings.xml), once per reference, so that the rules about what a base image
   * sets judge those stages too. An image that cannot be read stays unknown ({@code mvn -X} says
   * why). Not in offline mode.
   */
  @Parameter(property = "entrypoint.check.resolveBaseImages", defaultValue = "false")
  private boolean resolveBaseImages;

  @Override
  protected String goal() {
    return "check";
  }

  @Override
  protected Optional<String> skipReason() {
    return skipCheck ? Optional.of("entrypoint.check.skip") : super.skipReason();
  }

  @Override
  protected void run() throws Exception {
    CheckGoal.Result result = CheckGoal.run(request(), buildLog());
    if (!result.internalErrors().isEmpty()) {
      throw new MojoExecutionException(result.internalFailure());
    }
    if (result.fails()) {
      throw new MojoFailureException(result.failure());
    }
  }

  CheckRequest request() throws IOException {
    ConfigurationProblems problems = new ConfigurationProblems();
    Policy policy = problems.read(this::policy, null);
    Severity threshold = problems.read(() -> Severity.threshold(failOn, "<failOn>"), null);
    Optional<CheckRequest.Declared> declared = Optional.empty();
    if (!isPomProject()) {
      FrameworkLayout layout = frameworkLayout(List.of());
      JavaApplication application =
          javaApplication(List.of(), layout.mainClass().orElse(null), problems);
      declared =
          Optional.of(
              new CheckRequest.Declared(
                  containerSettings(problems),
                  base(problems, getLog()::debug),
                  application,
                  application == null
                      ? Optional.empty()
                      : layout.quarkus(application.jvmFlags(), application.appRoot()),
                  targetImage(),
                  settings().listOrEmpty(NestedProperty.TO_TAGS, to.tags)));
    }
    problems.throwIfAny();
    Optional<ImageSource> inspected = isPomProject() ? Optional.empty() : inspectedImage();
    return new CheckRequest(
        policy,
        threshold,
        root(),
        basedir(),
        declared,
        inspected,
        this::imageAccess,
        dockerfiles.toPath(),
        includes,
        excludes,
        orchestratorIncludes,
        orchestratorExcludes,
        System.getenv(),
        resolveBaseImages && !offline(),
        outputDirectory.toPath());
  }

  private Policy policy() {
    Policy.Builder policy =
        Policy.builder(StandardRules.catalog(allowedRegistries))
            .allowInlineSuppressions(allowInlineSuppressions)
            .severities(settings().map(CHECK_RULES, rules));
    for (SuppressionConfiguration suppression : suppressions) {
      policy.suppress(Suppression.of(suppression.rule, suppression.path, suppression.reason));
    }
    return policy.build();
  }

  /** The image to check: {@code <image>}, or the last build's; none for {@code none}. */
  private Optional<ImageSource> inspectedImage() throws IOException {
    if (checkedImage != null) {
      getLog()
          .warn(
              "<checkedImage> (entrypoint.check.image) is deprecated: name the image in <image>"
                  + " (entrypoint.image), which verify and explain read too.");
      image = image == null ? checkedImage : image;
    }
    String named = image == null ? "" : image.strip();
    if (named.equals("none")) {
      return Optional.empty();
    }
    if (named.equals("auto")) {
      image = null;
    }
    Optional<ImageSource> found = imageToInspect();
    if (found.isEmpty()) {
      getLog()
          .info(
              "No built image to check: entrypoint:build has not run (it runs in phase package),"
                  + " and <image> (-Dentrypoint.image) names none.");
    }
    return found;
  }
}
