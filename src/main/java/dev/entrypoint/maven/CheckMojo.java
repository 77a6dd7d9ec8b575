package dev.entrypoint.maven;

import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.DockerfileDiscovery;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.Policy;
import dev.entrypoint.policy.ProjectCheck;
import dev.entrypoint.policy.RegistryBaseImages;
import dev.entrypoint.policy.Severity;
import dev.entrypoint.policy.Suppression;
import dev.entrypoint.policy.report.ConsoleReport;
import dev.entrypoint.policy.report.ReportFiles;
import dev.entrypoint.policy.rules.StandardRules;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.FrameworkLayout;
import dev.entrypoint.project.JavaApplication;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Holds the project's images to a policy on how containers start: the image the pom's {@code
 * <container>} declares (checked before anything is built), the built image in {@code
 * target/entrypoint/image.tar}, and every Dockerfile and Containerfile of the project. Findings go
 * to the console and to {@code check.sarif}, {@code check.xml} and {@code check.json}; the build
 * fails on findings at or above {@code failOn}. Runs in {@code verify}, and alone as {@code mvn
 * entrypoint:check}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractEngineMojo {

  /** Skip this goal only ({@code entrypoint.skip} skips every goal of the plugin). */
  @Parameter(property = "entrypoint.check.skip", defaultValue = "false")
  private boolean skipCheck;

  /** The least severity that fails the build: {@code error}, {@code warning} or {@code info}. */
  @Parameter(property = "entrypoint.check.failOn", defaultValue = "error")
  private String failOn;

  /**
   * Rule severities that replace the defaults, {@code <rule-id>severity</rule-id>}, where severity
   * is {@code error}, {@code warning}, {@code info} or {@code off}. Property {@code
   * entrypoint.check.rules}: {@code id=severity,id=severity}.
   */
  @Parameter private Map<String, String> rules = new LinkedHashMap<>();

  /** Findings that do not count: {@code <suppression><rule/><path/><reason/></suppression>}. */
  @Parameter private List<SuppressionConfiguration> suppressions = new ArrayList<>();

  /** Whether {@code # entrypoint:ignore=RULE reason} comments in Dockerfiles suppress findings. */
  @Parameter(property = "entrypoint.check.allowInlineSuppressions", defaultValue = "true")
  private boolean allowInlineSuppressions;

  /** Where to look for Dockerfiles: a directory (searched) or one file. */
  @Parameter(property = "entrypoint.check.dockerfiles", defaultValue = "${project.basedir}")
  private File dockerfiles;

  /**
   * Globs of the Dockerfiles to check, relative to {@code dockerfiles}; a glob without {@code /}
   * matches a file name anywhere. Default: {@code Dockerfile}, {@code *.Dockerfile}, {@code
   * Dockerfile.*}, {@code Containerfile}, {@code Containerfile.*}. Property {@code
   * entrypoint.check.includes} (comma-separated).
   */
  @Parameter private List<String> includes = new ArrayList<>();

  /** Globs of files to leave out. Property {@code entrypoint.check.excludes} (comma-separated). */
  @Parameter private List<String> excludes = new ArrayList<>();

  /**
   * The built image to check: {@code auto} ({@code image.tar} in the output directory, when a build
   * left one there), {@code tar://PATH} (an image tarball), {@code docker://NAME} or {@code
   * podman://NAME} (an image an engine has), a registry reference, or {@code none}.
   */
  @Parameter(property = "entrypoint.check.image", defaultValue = "auto")
  private String checkedImage;

  /**
   * The registries base images may come from ({@code docker.io}, {@code ghcr.io}, {@code
   * *.example.com}); when empty, rule base-registry-not-allowed checks nothing. Property {@code
   * entrypoint.check.allowedRegistries} (comma-separated).
   */
  @Parameter private List<String> allowedRegistries = new ArrayList<>();

  /**
   * Read the config of each external base image a Dockerfile's FROM names from its registry
   * (credentials from settings.xml), once per reference, so that the rules about what a base image
   * sets judge those stages too. An image that cannot be read stays unknown ({@code mvn -X} says
   * why). Not in offline mode.
   */
  @Parameter(property = "entrypoint.check.resolveBaseImages", defaultValue = "false")
  private boolean resolveBaseImages;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipCheck) {
      getLog()
          .info(
              "Skipping entrypoint:check ("
                  + (skip ? "entrypoint.skip" : "entrypoint.check.skip")
                  + ")");
      return;
    }
    GoalFailures.run(
        "entrypoint:check",
        () -> {
          long start = System.nanoTime();
          UserProperties properties = properties();
          Policy policy = policy(properties);
          Severity threshold =
              Severity.threshold(properties.string("entrypoint.check.failOn", failOn), "<failOn>");
          ProjectCheck check =
              new ProjectCheck(policy, root(), project.getBasedir().toPath(), baseImages());
          List<InputReport> inputs = new ArrayList<>();
          if (!"pom".equals(project.getPackaging())) {
            ContainerSettings container = containerSettings();
            FrameworkLayout layout = frameworkLayout(List.of());
            JavaApplication application =
                javaApplication(List.of(), layout.mainClass().orElse(null));
            inputs.add(
                check.declared(
                    container,
                    base(),
                    application,
                    layout.quarkus(application.jvmFlags(), application.appRoot()),
                    buildLog()));
            Optional<ImageSource> image = checkedImage();
            if (image.isPresent()) {
              inputs.add(
                  check.image(
                      image.get(), imageAccess(image.get()), container.launch(), buildLog()));
            }
          }
          DockerfileDiscovery.Found dockerfiles = dockerfiles(properties);
          inputs.addAll(check.dockerfiles(dockerfiles.files()));
          CheckReport report = new CheckReport(inputs, check.notes(dockerfiles), threshold);
          ConsoleReport.lines(report, (System.nanoTime() - start) / 1_000_000).forEach(this::log);
          Path root = root();
          List<String> files =
              ReportFiles.write(report, policy, version(), root, outputDirectory.toPath()).stream()
                  .map(file -> root.relativize(file.toAbsolutePath().normalize()).toString())
                  .toList();
          if (report.fails()) {
            throw new MojoFailureException(ConsoleReport.failure(report, files));
          }
        });
  }

  private Policy policy(UserProperties properties) {
    Policy.Builder policy =
        Policy.builder(
                StandardRules.catalog(
                    properties.list("entrypoint.check.allowedRegistries", allowedRegistries)))
            .allowInlineSuppressions(allowInlineSuppressions)
            .severities(rules)
            .severities(
                "entrypoint.check.rules", properties.list("entrypoint.check.rules", List.of()));
    for (SuppressionConfiguration suppression : suppressions) {
      policy.suppress(Suppression.of(suppression.rule, suppression.path, suppression.reason));
    }
    return policy.build();
  }

  /** What the Dockerfiles' external base images set, when the pom asks to read them. */
  private BaseImageLookup baseImages() {
    boolean offline = session != null && session.isOffline();
    return resolveBaseImages && !offline
        ? new RegistryBaseImages(this::imageAccess, buildLog())
        : BaseImageLookup.unknown();
  }

  private BaseImage base() {
    return BaseImage.parse(
        properties().string("entrypoint.from.image", from.image), project.getBasedir().toPath());
  }

  /** The Dockerfiles under {@code <dockerfiles>}; a module's search leaves out its sub-modules. */
  private DockerfileDiscovery.Found dockerfiles(UserProperties properties) throws IOException {
    Path searched = dockerfiles.toPath().toAbsolutePath().normalize();
    boolean projectTree =
        searched.equals(project.getBasedir().toPath().toAbsolutePath().normalize());
    return DockerfileDiscovery.of(
            properties.list("entrypoint.check.includes", includes),
            properties.list("entrypoint.check.excludes", excludes),
            projectTree)
        .find(searched);
  }

  /** The built image to check, if there is one. */
  private Optional<ImageSource> checkedImage() {
    String value = properties().string("entrypoint.check.image", checkedImage).strip();
    if (value.equals("none")) {
      return Optional.empty();
    }
    if (value.equals("auto")) {
      Path built = outputDirectory.toPath().resolve("image.tar");
      if (Files.isRegularFile(built)) {
        return Optional.of(ImageSource.tar(built));
      }
      getLog()
          .info(
              "No built image to check: "
                  + root().relativize(built.toAbsolutePath())
                  + " does not exist (entrypoint:build writes it in phase package; or name an image with"
                  + " -Dentrypoint.check.image=tar://PATH, docker://NAME, podman://NAME or a registry reference).");
      return Optional.empty();
    }
    return Optional.of(ImageSource.parse(value, project.getBasedir().toPath(), "<checkedImage>"));
  }

  /** The directory the build runs from: paths in findings and reports are relative to it. */
  private Path root() {
    String top = session == null ? null : session.getExecutionRootDirectory();
    return Path.of(top == null ? project.getBasedir().getPath() : top).toAbsolutePath().normalize();
  }

  private void log(ConsoleReport.Line line) {
    switch (line.level()) {
      case ERROR -> getLog().error(line.text());
      case WARNING -> getLog().warn(line.text());
      case INFO -> getLog().info(line.text());
      case DEBUG -> getLog().debug(line.text());
    }
  }

  private String version() {
    return plugin == null ? "unknown" : plugin.getVersion();
  }
}
