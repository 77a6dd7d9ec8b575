package dev.entrypoint.policy;

import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.QuarkusApplication;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything one {@code entrypoint:check} needs: the policy and the severity that fails, where the
 * project is, what it declares, the built image to read, where to look for Dockerfiles, and where
 * the reports go.
 *
 * @param policy the rules, their severities and the suppressions
 * @param failOn the least severity that fails; {@link Severity#OFF} reports without failing
 * @param root the directory the build runs from; paths in findings are relative to it
 * @param projectDir the project's directory
 * @param declared what the pom declares, empty for a project without an application
 * @param image the built image to check, if any
 * @param access how to read an image: engines, credentials, insecure registries
 * @param dockerfiles where to look for Dockerfiles: a directory (searched) or one file
 * @param includes globs of the Dockerfiles to check, empty for the defaults
 * @param excludes globs of files to leave out
 * @param orchestratorIncludes globs of more Compose files and Kubernetes manifests to check
 * @param orchestratorExcludes globs of Compose files and manifests to leave out
 * @param environment the environment Compose files are interpolated from
 * @param resolveBaseImages whether to read external FROM images from their registries
 * @param outputDir where the reports go
 */
public record CheckRequest(
    Policy policy,
    Severity failOn,
    Path root,
    Path projectDir,
    Optional<Declared> declared,
    Optional<ImageSource> image,
    Function<ImageSource, ImageAccess> access,
    Path dockerfiles,
    List<String> includes,
    List<String> excludes,
    List<String> orchestratorIncludes,
    List<String> orchestratorExcludes,
    Map<String, String> environment,
    boolean resolveBaseImages,
    Path outputDir) {

  /** Copies the lists; every value is required. */
  public CheckRequest {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(failOn, "failOn");
    root = root.toAbsolutePath().normalize();
    projectDir = projectDir.toAbsolutePath().normalize();
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(access, "access");
    dockerfiles = dockerfiles.toAbsolutePath().normalize();
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    orchestratorIncludes = List.copyOf(orchestratorIncludes);
    orchestratorExcludes = List.copyOf(orchestratorExcludes);
    environment = Map.copyOf(environment);
    Objects.requireNonNull(outputDir, "outputDir");
  }

  /**
   * What a pom declares: its {@code <container>}, its base image, its application (and the Quarkus
   * application its image holds instead, if any), and the names its image gets ({@code <to><image>}
   * and the tags), by which Compose files and manifests name it.
   */
  public record Declared(
      ContainerSettings container,
      BaseImage base,
      JavaApplication application,
      Optional<QuarkusApplication> quarkus,
      String imageName,
      List<String> tags) {}
}
