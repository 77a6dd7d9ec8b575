package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.orchestrator.ComposeProject;
import dev.entrypoint.orchestrator.KubernetesContainer;
import dev.entrypoint.orchestrator.KubernetesManifest;
import dev.entrypoint.orchestrator.ProjectImage;
import dev.entrypoint.orchestrator.YamlDocuments;
import dev.entrypoint.policy.ComposeInput;
import dev.entrypoint.policy.DeclaredImage;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.KubernetesInput;
import dev.entrypoint.policy.Location;
import dev.entrypoint.policy.Policy;
import dev.entrypoint.policy.ProjectLaunch;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.RuleCatalog;
import dev.entrypoint.policy.Severity;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one rule, switched on, over one input: the shared fixture of the rule tables. */
final class RuleCheck {

  /** The Java command a project with main class {@code demo.Main} gets. */
  static final List<String> JAVA_COMMAND =
      List.of("java", "-cp", "/app/resources:/app/classes:/app/libs/*", "demo.Main");

  private final Policy policy;

  private RuleCheck(Rule rule) {
    Severity severity =
        rule.defaultSeverity() == Severity.OFF ? Severity.WARNING : rule.defaultSeverity();
    this.policy =
        Policy.builder(new RuleCatalog(List.of(rule))).severity(rule.id(), severity).build();
  }

  static RuleCheck of(Rule rule) {
    return new RuleCheck(rule);
  }

  /** The findings in a Dockerfile's text. */
  List<Finding> dockerfile(String text) {
    return dockerfile(text, BaseImageLookup.unknown());
  }

  /** The findings in a Dockerfile's text, with known base images. */
  List<Finding> dockerfile(String text, BaseImageLookup baseImages) {
    return policy
        .check(DockerfileInput.parse("Dockerfile", text, baseImages), "Dockerfile")
        .findings();
  }

  /** The findings in an image. */
  List<Finding> image(ImageInput image) {
    return policy.check(image, Optional.empty(), null).findings();
  }

  /** The findings in an image with files. */
  List<Finding> image(ImageInput image, ImageFiles files) {
    return policy.check(image, Optional.of(files), null).findings();
  }

  /** The name the project's image has in the Compose and Kubernetes tables. */
  static final String PROJECT_IMAGE = "app:1";

  /**
   * The findings in a Compose file's text, whose services named {@link #PROJECT_IMAGE} run {@code
   * launch} under {@code contract}; interpolated with {@code variables}.
   */
  List<Finding> compose(
      String yaml, ImageLaunch launch, LaunchContract contract, Map<String, String> variables) {
    try {
      Path dir = Files.createTempDirectory("rule-check");
      Path file = Files.writeString(dir.resolve("compose.yaml"), yaml);
      try {
        ComposeProject project =
            ComposeProject.read(List.of(file), ignored -> "compose.yaml", variables);
        return policy
            .check(
                new ComposeInput(
                    "compose.yaml",
                    project.services(),
                    variables,
                    new ProjectLaunch(
                        ProjectImage.declared(PROJECT_IMAGE, List.of(), launch, "test"), contract)),
                "compose.yaml")
            .findings();
      } finally {
        Files.delete(file);
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The findings in a Compose file's text, without variables or launch contract. */
  List<Finding> compose(String yaml, ImageLaunch launch) {
    return compose(yaml, launch, null, Map.of());
  }

  /**
   * The findings in a Kubernetes manifest's text, whose containers named {@link #PROJECT_IMAGE} run
   * {@code launch} under {@code contract}.
   */
  List<Finding> kubernetes(String yaml, ImageLaunch launch, LaunchContract contract) {
    List<KubernetesContainer> containers =
        KubernetesManifest.containers(YamlDocuments.parse(yaml, "pod.yaml"), "pod.yaml");
    return policy
        .check(
            new KubernetesInput(
                "pod.yaml",
                containers,
                new ProjectLaunch(
                    ProjectImage.declared(PROJECT_IMAGE, List.of(), launch, "test"), contract)),
            "pod.yaml")
        .findings();
  }

  /** A Pod of one container, {@code app}, on the project's image, with {@code settings}. */
  static String pod(String settings) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
        + "  - name: app\n    image: "
        + PROJECT_IMAGE
        + "\n"
        + settings.lines().map(line -> "    " + line + "\n").reduce("", String::concat);
  }

  /** A Compose file of one service, {@code web}, on {@code image}, with {@code settings}. */
  static String service(String image, String settings) {
    return "services:\n  web:\n    image: "
        + image
        + "\n"
        + settings.lines().map(line -> "    " + line + "\n").reduce("", String::concat);
  }

  /** A built image with {@code launch}, nothing else set. */
  static ImageInput built(ImageLaunch launch) {
    return builtImage(launch).build();
  }

  /** A built image with {@code launch}, to set more of its config on. */
  static ImageInput.Builder builtImage(ImageLaunch launch) {
    return ImageInput.builder(ImageInput.Origin.BUILT, Location.of("target/entrypoint/image.tar"))
        .launch(launch, true)
        .env(Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"));
  }

  /** The image a pom declares with {@code settings} on base {@code base}, for a Java project. */
  static ImageInput declared(ContainerSettings.Builder settings, String base) {
    return DeclaredImage.of(
        Location.of("pom.xml"),
        settings.build(),
        BaseImage.parse(base, Path.of(".")),
        JAVA_COMMAND);
  }

  /** {@code ImageLaunch.of}, shorter. */
  static ImageLaunch launch(List<String> entrypoint, List<String> cmd) {
    return ImageLaunch.of(entrypoint, cmd);
  }
}
