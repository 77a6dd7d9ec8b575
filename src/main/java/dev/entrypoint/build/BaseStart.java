package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.DockerDaemonImage;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.jib.OwnDockerClient;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.QuarkusApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a build starts: jib-core's starting point for each kind of base ({@code jlink}, {@code
 * scratch}, a tarball, the Docker daemon, a registry), and the base's own launch, read ahead so the
 * log can say what the image inherits and drops.
 */
final class BaseStart {

  private final BuildLog log;

  BaseStart(BuildLog log) {
    this.log = log;
  }

  /**
   * jib-core's starting point for the request's base; a {@code jlink} base adds its runtime's
   * layers to {@code layers} and its variables to {@code environment}.
   */
  JibContainerBuilder startFrom(
      ImageBuildRequest request,
      RegistryLogins logins,
      DockerCli docker,
      Map<String, String> environment,
      List<FileEntriesLayer> layers)
      throws IOException, InterruptedException {
    BaseImage base = request.base();
    switch (base.kind()) {
      case JLINK -> {
        JavaApplication application =
            request
                .application()
                .orElseThrow(
                    () ->
                        new ConfigurationException(
                            "<from><image>jlink</image> links a Java runtime for the project's classes, but this"
                                + " project has none: choose another base image, or 'scratch'."));
        Optional<QuarkusApplication> quarkus = request.quarkus();
        List<String> jvmOptions = new ArrayList<>(application.jvmFlags());
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
          String value = request.container().environment().get(variable);
          if (value != null) {
            jvmOptions.addAll(List.of(value.strip().split("\\s+")));
          }
        }
        JlinkBase jlink =
            JlinkBase.create(
                request.jlinkModules(),
                application.classesDir(),
                quarkus.isPresent() ? quarkus.get().jars() : application.dependencyJars(),
                jvmOptions,
                request.cacheDir(),
                log);
        layers.addAll(jlink.layers());
        environment.putAll(jlink.environment());
        return Jib.fromScratch().setPlatforms(Set.of(jlink.platform()));
      }
      case SCRATCH -> {
        return Jib.fromScratch();
      }
      case TAR -> {
        if (!Files.isRegularFile(base.tarPath())) {
          throw new ConfigurationException(
              "<from><image> is tar://"
                  + base.reference()
                  + ", and there is no such file. Save an"
                  + " image there first (docker save -o "
                  + base.reference()
                  + " NAME), or fix the path.");
        }
        return Jib.from(
            TarImage.at(
                storesLayers(request)
                    ? StoredTarBase.of(base.tarPath(), request.cacheDir(), log)
                    : base.tarPath()));
      }
      case DOCKER -> {
        DockerDaemonImage image = DockerDaemonImage.named(ImageBuilder.reference(base.reference()));
        if (storesLayers(request)) {
          return Jib.from(
              OwnDockerClient.savingWith(
                  docker.executable(), docker.environment(), new StoredLayerSave(docker, log)),
              image);
        }
        return Jib.from(
            image
                .setDockerExecutable(docker.executable())
                .setDockerEnvironment(docker.environment()));
      }
      default -> {
        ImageReference reference = ImageBuilder.reference(base.reference());
        RegistryImage image = RegistryImage.named(reference);
        logins.base().ifPresent(login -> ImageBuilder.addCredential(image, login));
        return Jib.from(image);
      }
    }
  }

  /**
   * Whether the base's layers go into the image stored in gzip, not compressed: those of a {@code
   * docker://} or {@code tar://} base on their way to a tarball or the daemon, where compressing
   * them would cost about half of a cold build and save nothing but the tarball's size (see {@link
   * StoredLayers}). A push compresses them, as a registry should hold them.
   */
  static boolean storesLayers(ImageBuildRequest request) {
    BaseImage.Kind base = request.base().kind();
    return (base == BaseImage.Kind.DOCKER || base == BaseImage.Kind.TAR)
        && request.target().kind() != ImageTarget.Kind.REGISTRY;
  }

  /**
   * jib-core's cache of base image layers for the request: stored and compressed layers of the same
   * base each have one of their own, so the layers an image gets never depend on which target was
   * built first.
   */
  static Path baseLayersCache(ImageBuildRequest request) {
    return request.cacheDir().resolve(storesLayers(request) ? "jib-base-stored" : "jib-base");
  }

  /**
   * The base image's ENTRYPOINT and CMD, read before the build so the log can say what the image
   * inherits and drops. Empty when the base cannot be read now (offline, say): Jib then still
   * applies Docker's inheritance rules, and the summary reads the launch back from the image.
   */
  Optional<ImageLaunch> launch(ImageBuildRequest request) {
    BaseImage base = request.base();
    if (base.kind() == BaseImage.Kind.JLINK || base.kind() == BaseImage.Kind.SCRATCH) {
      return Optional.of(ImageLaunch.none());
    }
    if (base.kind() == BaseImage.Kind.REGISTRY && request.offline()) {
      log.debug(
          "Offline: the launch of base image " + base + " is read from the built image instead");
      return Optional.empty();
    }
    try (ImageReader reader = ImageReader.open(base.source(), request.access(), log)) {
      return Optional.of(reader.config().launch());
    } catch (ImageReadException e) {
      log.debug(
          "The launch of base image "
              + base
              + " could not be read before the build: "
              + e.getMessage());
      return Optional.empty();
    } catch (ConfigurationException e) {
      throw new ConfigurationException("<from><image>: " + e.getMessage(), e);
    }
  }
}
