package dev.entrypoint.maven;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.build.BaseImage;
import dev.entrypoint.build.ContainerSettings;
import dev.entrypoint.build.JavaApplication;
import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.DockerfileDiscovery;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.Policy;
import dev.entrypoint.policy.ProjectCheck;
import dev.entrypoint.policy.Severity;
import dev.entrypoint.policy.Suppression;
import dev.entrypoint.policy.report.ConsoleReport;
import dev.entrypoint.policy.report.ReportFiles;
import dev.entrypoint.policy.rules.StandardRules;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
public class CheckMojo extends AbstractEntrypointMojo {

  private static final String MAIN_CLASS_PLACEHOLDER = "MainClass";

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
   * left one there), {@code tar://PATH} (an image tarball), {@code docker://NAME} or
   * {@code podman://NAME} (an image an engine has), a registry reference, or {@code none}.
   */
  @Parameter(property = "entrypoint.check.image", defaultValue = "auto")
  private String checkedImage;

  /**
   * The registries base images may come from ({@code docker.io}, {@code ghcr.io}, {@code
   * *.example.com}); when empty, rule base-registry-not-allowed checks nothing. Property {@code
   * entrypoint.check.allowedRegistries} (comma-separated).
   */
  @Parameter private List<String> allowedRegistries = new ArrayList<>();

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
          Policy policy = policy();
          Severity threshold =
              Severity.parse(properties().string("entrypoint.check.failOn", failOn), "<failOn>");
          if (threshold == Severity.OFF) {
            throw new ConfigurationException(
                "<failOn> is 'off': use error, warning or info, or skip the"
                    + " goal with -Dentrypoint.check.skip.");
          }
          CheckReport report = new CheckReport(inputs(policy), threshold);
          long millis = (System.nanoTime() - start) / 1_000_000;
          log(report, millis);
          Path root = root();
          List<Path> files =
              ReportFiles.write(report, policy, version(), root, outputDirectory.toPath());
          if (report.fails()) {
            throw new MojoFailureException(failure(report, root, files));
          }
        });
  }

  private List<InputReport> inputs(Policy policy) throws IOException, ImageReadException {
    ProjectCheck check =
        new ProjectCheck(policy, root(), project.getBasedir().toPath(), BaseImageLookup.unknown());
    List<InputReport> inputs = new ArrayList<>();
    boolean hasImage = !"pom".equals(project.getPackaging());
    ContainerSettings container = containerSettings();
    if (hasImage) {
      inputs.add(check.declared(container, base(), javaCommand()));
      Optional<ImageSource> image = checkedImage();
      if (image.isPresent()) {
        inputs.add(checkImage(check, image.get(), container.launch()));
      }
    }
    Path searched = dockerfiles.toPath();
    boolean projectTree =
        searched
            .toAbsolutePath()
            .normalize()
            .equals(project.getBasedir().toPath().toAbsolutePath().normalize());
    List<Path> found =
        DockerfileDiscovery.of(
                properties().list("entrypoint.check.includes", includes),
                properties().list("entrypoint.check.excludes", excludes),
                projectTree)
            .find(searched);
    inputs.addAll(check.dockerfiles(found));
    return inputs;
  }

  private Policy policy() {
    Policy.Builder policy =
        Policy.builder(
                StandardRules.catalog(
                    properties().list("entrypoint.check.allowedRegistries", allowedRegistries)))
            .allowInlineSuppressions(allowInlineSuppressions);
    for (Map.Entry<String, String> rule : severities().entrySet()) {
      policy.severity(
          rule.getKey(), Severity.parse(rule.getValue(), "<rules><" + rule.getKey() + ">"));
    }
    for (SuppressionConfiguration suppression : suppressions) {
      policy.suppress(Suppression.of(suppression.rule, suppression.path, suppression.reason));
    }
    return policy.build();
  }

  /** {@code <rules>}, with {@code -Dentrypoint.check.rules=id=severity,...} on top. */
  private Map<String, String> severities() {
    Map<String, String> severities = new LinkedHashMap<>(rules);
    for (String entry : properties().list("entrypoint.check.rules", List.of())) {
      int equals = entry.indexOf('=');
      if (equals < 1) {
        throw new ConfigurationException(
            "-Dentrypoint.check.rules holds '"
                + entry
                + "': write"
                + " rule-id=severity, such as runs-as-root=off.");
      }
      severities.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
    }
    return severities;
  }

  private BaseImage base() {
    return BaseImage.parse(
        properties().string("entrypoint.from.image", from.image), project.getBasedir().toPath());
  }

  /**
   * The project's {@code java ... MainClass} command, as {@code build} makes it, or {@code null}
   * when its compiled classes hold no main class. Before the classes are compiled the main class is
   * a placeholder: only the command's shape matters to the rules.
   */
  private List<String> javaCommand() throws IOException {
    UserProperties properties = properties();
    String appRoot = properties.string("entrypoint.container.appRoot", container.appRoot);
    if (appRoot == null || !appRoot.startsWith("/")) {
      throw new ConfigurationException(
          "<container><appRoot> is '" + appRoot + "': write an absolute path such as /app.");
    }
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    String configured = properties.string("entrypoint.container.mainClass", container.mainClass);
    JavaApplication application =
        new JavaApplication(
            classes,
            List.of(),
            configured,
            properties.list("entrypoint.container.jvmFlags", container.jvmFlags),
            AbsoluteUnixPath.get(appRoot));
    Optional<String> mainClass =
        configured != null || Files.isDirectory(classes)
            ? application.mainClass(buildLog())
            : Optional.of(MAIN_CLASS_PLACEHOLDER);
    return mainClass.map(application::javaCommand).orElse(null);
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
      getLog().info("No built image to check: " + root().relativize(built.toAbsolutePath())
          + " does not exist (entrypoint:build writes it in phase package; or name an image with"
          + " -Dentrypoint.check.image=tar://PATH, docker://NAME, podman://NAME or a registry reference).");
      return Optional.empty();
    }
    return Optional.of(ImageSource.parse(value, project.getBasedir().toPath(), "<checkedImage>"));
  }

  /** Reads the image's config and files and checks them; without its files, the file rules are skipped. */
  private InputReport checkImage(ProjectCheck check, ImageSource source, LaunchContract contract)
      throws ImageReadException {
    ImageAccess access = ImageAccess.defaults()
        .withEngines(EngineSettings.of(source.engine().map(EngineChoice::of).orElse(EngineChoice.AUTO)))
        .withCredentials(credentials())
        .withInsecureRegistries(allowInsecureRegistries);
    try (ImageReader reader = ImageReader.open(source, access, buildLog())) {
      ImageConfig config = reader.config();
      Optional<ImageFiles> files;
      try {
        files = Optional.of(reader.files());
      } catch (ImageReadException e) {
        getLog().warn("The files of " + source + " could not be read, so the rules about files are"
            + " skipped: " + e.getMessage());
        files = Optional.empty();
      }
      return check.image(source, config, files, contract);
    } catch (ConfigurationException e) {
      throw new ConfigurationException("<checkedImage>: " + e.getMessage(), e);
    }
  }

  private void log(CheckReport report, long millis) {
    for (InputReport input : report.inputs()) {
      input.notes().forEach(note -> getLog().warn(ConsoleReport.note(input, note)));
      if (!input.skippedRules().isEmpty()) {
        getLog()
            .debug(
                ConsoleReport.note(
                    input,
                    "the image's files could not be read, so "
                        + String.join(", ", input.skippedRules())
                        + " did not run"));
      }
      for (Finding finding : input.findings()) {
        String line = finding.toString();
        if (!finding.counts()) {
          getLog().debug(line);
        } else if (finding.severity() == Severity.ERROR) {
          getLog().error(line);
        } else if (finding.severity() == Severity.WARNING) {
          getLog().warn(line);
        } else {
          getLog().info(line);
        }
      }
    }
    getLog().info(ConsoleReport.summary(report, millis));
  }

  private String failure(CheckReport report, Path root, List<Path> files) {
    String reports =
        files.stream()
            .map(file -> root.relativize(file.toAbsolutePath().normalize()).toString())
            .collect(Collectors.joining(", "));
    return "entrypoint:check found "
        + report.counts()
        + "; findings of severity "
        + report.failOn().id()
        + " or worse fail the build (failOn). Each finding above says what"
        + " to change; the reports are "
        + reports
        + ".";
  }

  /** The directory the build runs from: paths in findings and reports are relative to it. */
  private Path root() {
    String top = session == null ? null : session.getExecutionRootDirectory();
    return Path.of(top == null ? project.getBasedir().getPath() : top).toAbsolutePath().normalize();
  }

  private String version() {
    return plugin == null ? "unknown" : plugin.getVersion();
  }
}
