package dev.entrypoint.policy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.ShownPath;
import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.LaunchDeclaration;
import dev.entrypoint.orchestrator.ComposeProject;
import dev.entrypoint.orchestrator.ComposeService;
import dev.entrypoint.orchestrator.KubernetesContainer;
import dev.entrypoint.orchestrator.KubernetesManifest;
import dev.entrypoint.orchestrator.ProjectImage;
import dev.entrypoint.orchestrator.YamlFileException;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.QuarkusApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a {@link Policy} over the inputs of one project: the image its pom declares, a built image
 * tarball, and Dockerfiles. Paths in findings are relative to {@code root}, the directory the build
 * runs from, so that findings of a multi-module build name each module's files apart.
 */
public final class ProjectCheck {

  private static final String MAIN_CLASS_PLACEHOLDER = "MainClass";

  private final Policy policy;
  private final Path root;
  private final Path projectDir;
  private final BaseImageLookup baseImages;

  /**
   * A check of the project in {@code projectDir}; {@code baseImages} knows the launch of external
   * base images named in Dockerfiles.
   */
  public ProjectCheck(Policy policy, Path root, Path projectDir, BaseImageLookup baseImages) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.root = root.toAbsolutePath().normalize();
    this.projectDir = projectDir.toAbsolutePath().normalize();
    this.baseImages = Objects.requireNonNull(baseImages, "baseImages");
  }

  /**
   * Checks the image the pom declares: {@code container} on {@code base}, running the Java command
   * {@code build} makes for {@code application} when the launch needs it. Before the classes are
   * compiled the main class is a placeholder: only the command's shape matters to the rules.
   */
  public InputReport declared(
      ContainerSettings container,
      BaseImage base,
      JavaApplication application,
      Optional<QuarkusApplication> quarkus)
      throws IOException {
    List<String> javaCommand = null;
    LaunchDeclaration declaration = container.declaration();
    if (quarkus.isPresent() && declaration.problems().isEmpty() && declaration.usesJavaCommand()) {
      javaCommand = quarkus.get().javaCommand().orElse(null);
    } else if (declaration.problems().isEmpty() && declaration.usesJavaCommand()) {
      Optional<String> mainClass = application.mainClass();
      if (mainClass.isEmpty() && !Files.isDirectory(application.classesDir())) {
        mainClass = Optional.of(MAIN_CLASS_PLACEHOLDER);
      }
      if (mainClass.isPresent()) {
        javaCommand = application.javaCommand(mainClass.get());
      }
    }
    Path pom = projectDir.resolve("pom.xml");
    ImageInput image = DeclaredImage.of(Location.of(shown(pom)), container, base, javaCommand);
    return policy.check(image, Optional.empty(), projectPath(pom));
  }

  /**
   * Reads the built image {@code source} through {@code access} and checks it, with {@code
   * contract} as the one the pom declares. When its files cannot be read, the rules about files are
   * skipped and {@code log} warns; a mistake in naming the image is a {@link
   * ConfigurationException} about {@code <checkedImage>}.
   */
  public InputReport image(
      ImageSource source, ImageAccess access, LaunchContract contract, BuildLog log)
      throws ImageReadException {
    try (ImageReader reader = ImageReader.open(source, access, log)) {
      ImageConfig config = reader.config();
      Optional<ImageFiles> files;
      try {
        files = Optional.of(reader.files());
      } catch (ImageReadException unreadable) {
        log.warn(
            "The files of "
                + source
                + " could not be read, so the rules about files are skipped: "
                + unreadable.getMessage());
        files = Optional.empty();
      }
      return image(source, config, files, contract);
    } catch (ConfigurationException e) {
      throw new ConfigurationException("<checkedImage>: " + e.getMessage(), e);
    }
  }

  /**
   * Checks a built image: its {@code config} and, when they could be read, its {@code files};
   * {@code contract} is the one the pom declares. Without files the rules about files are skipped,
   * and the report says so.
   */
  public InputReport image(
      ImageSource source, ImageConfig config, Optional<ImageFiles> files, LaunchContract contract) {
    boolean tarball = source.kind() == ImageSource.Kind.TAR;
    ImageInput image =
        ImageInput.built(
            Location.of(tarball ? shown(source.tarPath()) : source.toString()), config, contract);
    return policy.check(image, files, tarball ? projectPath(source.tarPath()) : null);
  }

  /**
   * The notes a search for Dockerfiles leaves: each path it could not read, so that a Dockerfile in
   * it does not pass unchecked without a word.
   */
  public List<String> notes(DockerfileDiscovery.Found found) {
    return found.unreadable().stream()
        .map(
            unreadable ->
                "could not search "
                    + shown(unreadable.path())
                    + " ("
                    + unreadable.reason()
                    + "), so no Dockerfile there was checked. Make it readable to the build, or"
                    + " point <dockerfiles> past it.")
        .toList();
  }

  /** Checks each Dockerfile, in order (they are read in parallel). */
  public List<InputReport> dockerfiles(List<Path> files) throws IOException {
    try {
      return files.parallelStream().map(this::dockerfile).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private InputReport dockerfile(Path file) {
    try {
      return policy.check(DockerfileInput.read(file, shown(file), baseImages), projectPath(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks Compose files: each list of {@code projects} is read as {@code docker compose -f A -f B}
   * reads it, with the variables of {@code environment} and {@code .env}, and its last file is the
   * one checked. {@code image} is the project's image ({@code null} when it has none) and {@code
   * contract} its launch contract. A file that is not a Compose file is reported with a note, not
   * checked.
   */
  public List<InputReport> compose(
      List<List<Path>> projects, Map<String, String> environment, ProjectLaunch project)
      throws IOException {
    List<InputReport> reports = new ArrayList<>();
    for (List<Path> files : projects) {
      Path checked = files.get(files.size() - 1);
      String path = shown(checked);
      try {
        ComposeProject compose = ComposeProject.read(files, this::shown, environment);
        Map<String, String> variables = new HashMap<>(compose.dotEnv());
        variables.putAll(environment);
        List<ComposeService> services =
            compose.services().stream()
                .filter(service -> definedIn(checked, files, service))
                .toList();
        reports.add(
            policy.check(
                new ComposeInput(path, services, variables, project), projectPath(checked)));
      } catch (YamlFileException unreadable) {
        reports.add(unread(InputReport.Kind.COMPOSE, path, unreadable));
      }
    }
    return reports;
  }

  /**
   * Checks Kubernetes manifests; {@code project} is what is known of the project's image. A
   * manifest with no workload is left out; one that is not YAML is reported with a note, not
   * checked.
   */
  public List<InputReport> kubernetes(List<Path> manifests, ProjectLaunch project)
      throws IOException {
    List<InputReport> reports = new ArrayList<>();
    for (Path manifest : manifests) {
      String path = shown(manifest);
      try {
        List<KubernetesContainer> containers = KubernetesManifest.read(manifest, path);
        if (!containers.isEmpty()) {
          reports.add(
              policy.check(new KubernetesInput(path, containers, project), projectPath(manifest)));
        }
      } catch (YamlFileException unreadable) {
        reports.add(unread(InputReport.Kind.KUBERNETES, path, unreadable));
      }
    }
    return reports;
  }

  /**
   * The project's image as Compose files and manifests name it, {@code name} and its {@code tags},
   * with the launch the checked {@code inputs} found (the built image's, else the pom's when it is
   * certain, else none known) and the pom's launch {@code contract}.
   */
  public static ProjectLaunch projectLaunch(
      String name, List<String> tags, LaunchContract contract, List<InputReport> inputs) {
    Optional<InputReport> known =
        inputs.stream()
            .filter(input -> input.kind() == InputReport.Kind.IMAGE)
            .findFirst()
            .or(
                () ->
                    inputs.stream()
                        .filter(input -> input.kind() == InputReport.Kind.POM)
                        .filter(InputReport::launchKnown)
                        .findFirst());
    return new ProjectLaunch(
        ProjectImage.declared(
            name,
            tags,
            known.map(InputReport::launch).orElse(null),
            known.map(input -> input.kind().id() + " " + input.path()).orElse("launch not known")),
        contract);
  }

  /** Whether {@code service}, read from {@code files}, is set in {@code checked} itself. */
  private boolean definedIn(Path checked, List<Path> files, ComposeService service) {
    return files.size() == 1 || service.where().path().equals(shown(checked));
  }

  private static InputReport unread(InputReport.Kind kind, String path, YamlFileException e) {
    return new InputReport(
        kind,
        path,
        "not read",
        ImageLaunch.none(),
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(
            "not checked: "
                + e.getMessage().substring(e.getMessage().indexOf(": ") + 2)
                + (e.line() > 0 ? " (line " + e.line() + ")" : "")));
  }

  /** The path findings show: relative to the root when under it, else absolute. */
  String shown(Path file) {
    return ShownPath.of(root, file);
  }

  private String projectPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(projectDir)
        ? projectDir.relativize(absolute).toString().replace('\\', '/')
        : null;
  }
}
