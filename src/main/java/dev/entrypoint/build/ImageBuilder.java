package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.DockerDaemonImage;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.Ports;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.global.JibSystemProperties;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.PluginVersion;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.image.RegistryHost;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Builds an image with jib-core from an {@link ImageBuildRequest}: the base, the application's
 * layers and the extra files, the config, and the launch the project declares, then sends it to its
 * target. The only class that talks to Jib's builder.
 */
public final class ImageBuilder {

  private static final String TOOL_NAME = "entrypoint-maven-plugin";

  /**
   * Held by builds that allow insecure registries, while they may flip Jib's JVM-wide HTTP switch.
   */
  private static final ReentrantLock INSECURE_REGISTRIES = new ReentrantLock();

  private final BuildLog log;
  private final Function<DockerCli, DaemonImages> daemons;

  public ImageBuilder(BuildLog log) {
    this(log, DaemonImages::docker);
  }

  /** A builder that asks {@code daemons} what the Docker daemon holds. */
  ImageBuilder(BuildLog log, Function<DockerCli, DaemonImages> daemons) {
    this.log = log;
    this.daemons = daemons;
  }

  /**
   * Builds the image the request describes, unless the last build's image came from the same inputs
   * and is still in place: then that image is reused, byte for byte.
   */
  public BuiltImage build(ImageBuildRequest request)
      throws IOException, InterruptedException, ImageBuildException {
    if (request.offline() && request.target().kind() == ImageTarget.Kind.REGISTRY) {
      throw new ConfigurationException(
          "<target>registry</target> pushes "
              + request.target().image()
              + " to the registry "
              + request.target().registry()
              + ", and Maven runs offline (-o), so nothing may be sent: build without -o to push,"
              + " or build offline to a tarball (-Dentrypoint.target=tar) or to the Docker daemon"
              + " (-Dentrypoint.target=docker).");
    }
    ImageOutputs outputs =
        new ImageOutputs(request.outputDir(), request.target(), request.container().format());
    DockerCli docker = DockerCli.of(request.access().engines().options(EngineKind.DOCKER));
    DaemonImages daemon = daemons.apply(docker);
    Optional<String> fingerprint = BuildFingerprint.of(request, daemon);
    if (fingerprint.isPresent()) {
      Optional<BuiltImage> upToDate = outputs.reuse(fingerprint.get(), daemon);
      if (upToDate.isPresent()) {
        return upToDate.get();
      }
    }
    Optional<JavaApplication> application = request.application();
    Optional<String> mainClass =
        application.isPresent() ? application.get().mainClass(log) : Optional.empty();
    ContainerSettings container = request.container();
    LaunchSpec launch =
        LaunchSpec.declared(
            container.launch(),
            container.entrypoint(),
            container.entrypointShell(),
            container.cmd(),
            container.cmdShell(),
            mainClass.map(main -> application.get().javaCommand(main)).orElse(null));

    Map<String, String> environment = new LinkedHashMap<>();
    List<FileEntriesLayer> layers = new ArrayList<>();
    JibContainerBuilder jib = startFrom(request, docker, environment, layers);
    Optional<ImageLaunch> baseLaunch = baseLaunch(request);
    baseLaunch
        .filter(launch::dropsBaseCmd)
        .ifPresent(
            base ->
                log.info(
                    "The base image's CMD "
                        + Argv.json(base.cmd())
                        + " is dropped because the image sets its own"
                        + " ENTRYPOINT, as Docker does; set <container><cmd> to keep default arguments."));

    if (application.isPresent()) {
      layers.addAll(application.get().layers());
    }
    Optional<Path> extraFiles = request.extraFiles().filter(Files::isDirectory);
    if (extraFiles.isPresent()) {
      layers.add(HostFileLayer.of("extra files", extraFiles.get(), AbsoluteUnixPath.get("/")));
    }
    environment.putAll(container.environment());
    jib.setFileEntriesLayers(layers)
        .setEnvironment(environment)
        .setExposedPorts(ports(container.ports()))
        .setLabels(container.labels())
        .setFormat(container.format())
        .setCreationTime(container.creationTime())
        .setEntrypoint(launch.entrypoint())
        .setProgramArguments(launch.cmd());
    if (container.user() != null) {
      jib.setUser(container.user());
    }
    if (container.workingDirectory() != null) {
      jib.setWorkingDirectory(
          unixPath(container.workingDirectory(), "<container><workingDirectory>"));
    }
    Set<AbsoluteUnixPath> volumes = new LinkedHashSet<>();
    for (String volume : container.volumes()) {
      volumes.add(unixPath(volume, "<container><volumes>"));
    }
    jib.setVolumes(volumes);

    JibContainer result = containerize(jib, request, docker, daemon, outputs);
    return outputs.finish(result, baseLaunch.map(launch::applyTo).orElse(null), fingerprint);
  }

  private JibContainerBuilder startFrom(
      ImageBuildRequest request,
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
        JlinkBase jlink =
            JlinkBase.create(
                request.jlinkModules(),
                application.classesDir(),
                application.dependencyJars(),
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
        return Jib.from(TarImage.at(base.tarPath()));
      }
      case DOCKER -> {
        return Jib.from(
            DockerDaemonImage.named(reference(base.reference()))
                .setDockerExecutable(docker.executable())
                .setDockerEnvironment(docker.environment()));
      }
      default -> {
        ImageReference reference = reference(base.reference());
        RegistryImage image = RegistryImage.named(reference);
        request
            .credentialFor(reference.getRegistry())
            .ifPresent(c -> image.addCredential(c.getUsername(), c.getPassword()));
        return Jib.from(image);
      }
    }
  }

  /**
   * The base image's ENTRYPOINT and CMD, read before the build so the log can say what the image
   * inherits and drops. Empty when the base cannot be read now (offline, say): Jib then still
   * applies Docker's inheritance rules, and the summary reads the launch back from the image.
   */
  private Optional<ImageLaunch> baseLaunch(ImageBuildRequest request) {
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

  private JibContainer containerize(
      JibContainerBuilder jib,
      ImageBuildRequest request,
      DockerCli docker,
      DaemonImages daemon,
      ImageOutputs outputs)
      throws IOException, InterruptedException, ImageBuildException {
    ImageTarget target = request.target();
    Containerizer containerizer =
        switch (target.kind()) {
          case TAR -> Containerizer.to(TarImage.at(outputs.jibTarball()).named(target.image()));
          case DOCKER -> {
            // Docker before 25 loads only the Docker format; the daemon keeps its own format
            // anyway.
            jib.setFormat(ImageFormat.Docker);
            List<String> holders = new ArrayList<>(target.allNames());
            if (request.base().kind() == BaseImage.Kind.DOCKER) {
              holders.add(request.base().reference());
            }
            Path record = request.applicationCacheDir().resolve("daemon-layers");
            yield Containerizer.to(
                new LayerSkippingDockerClient(docker, daemon, holders, record, log),
                DockerDaemonImage.named(target.image()));
          }
          case REGISTRY -> {
            RegistryImage image = RegistryImage.named(target.image());
            Optional<Credential> credential = request.credentialFor(target.registry());
            credential.ifPresent(c -> image.addCredential(c.getUsername(), c.getPassword()));
            yield Containerizer.to(image);
          }
        };
    for (String tag : target.tags()) {
      containerizer.withAdditionalTag(tag);
    }
    containerizer
        .setToolName(TOOL_NAME)
        .setToolVersion(PluginVersion.get())
        .setOfflineMode(request.offline())
        .setAllowInsecureRegistries(request.allowInsecureRegistries())
        .setBaseImageLayersCache(request.cacheDir().resolve("jib-base"))
        .setApplicationLayersCache(request.applicationCacheDir())
        .addEventHandler(
            new BuildProgress(
                log,
                "Building " + target.image().toStringWithQualifier(),
                request.allowInsecureRegistries(),
                request.base().kind() == BaseImage.Kind.REGISTRY));
    // Jib's threads; shut down and waited for whatever happens, so a failed or interrupted build
    // leaves nothing writing behind it.
    ExecutorService threads = Executors.newCachedThreadPool();
    containerizer.setExecutorService(threads);
    boolean insecure = request.allowInsecureRegistries();
    if (insecure) {
      INSECURE_REGISTRIES.lock();
    }
    String sendOverHttp = System.getProperty(JibSystemProperties.SEND_CREDENTIALS_OVER_HTTP);
    try {
      if (insecure && credentialsStayOnThisMachine(request)) {
        // Basic auth over plain HTTP that never leaves this machine: Jib's switch is JVM-wide, so
        // it
        // is set only while this build runs, and builds that allow insecure registries take turns.
        System.setProperty(JibSystemProperties.SEND_CREDENTIALS_OVER_HTTP, "true");
      }
      return jib.containerize(containerizer);
    } catch (InterruptedException e) {
      outputs.discard();
      throw e;
    } catch (Exception e) {
      outputs.discard();
      throw JibFailure.explain(e, request);
    } finally {
      if (insecure) {
        restore(JibSystemProperties.SEND_CREDENTIALS_OVER_HTTP, sendOverHttp);
        INSECURE_REGISTRIES.unlock();
      }
      threads.shutdownNow();
      if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
        log.warn("Jib's threads did not stop within 30 s of the build's end");
      }
    }
  }

  /** Whether every registry this build sends credentials to runs on this machine. */
  private static boolean credentialsStayOnThisMachine(ImageBuildRequest request) {
    List<String> registries = new ArrayList<>();
    if (request.target().kind() == ImageTarget.Kind.REGISTRY) {
      registries.add(request.target().registry());
    }
    if (request.base().kind() == BaseImage.Kind.REGISTRY) {
      registries.add(reference(request.base().reference()).getRegistry());
    }
    return registries.stream()
        .allMatch(
            registry ->
                request.credentialFor(registry).isEmpty()
                    || RegistryHost.mayReceiveCredentialsOverHttp(registry, true));
  }

  private static void restore(String property, String previous) {
    if (previous == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, previous);
    }
  }

  private static ImageReference reference(String value) {
    try {
      return ImageReference.parse(value);
    } catch (InvalidImageReferenceException e) {
      throw new ConfigurationException(
          "<from><image> names '"
              + value
              + "', which is not an image reference: write"
              + " [registry/]name[:tag][@digest], for example eclipse-temurin:21-jre.");
    }
  }

  private static Set<com.google.cloud.tools.jib.api.buildplan.Port> ports(List<String> ports) {
    try {
      return Ports.parse(ports);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "<container><ports> holds "
              + ports
              + ", which is not a list of ports: write 8080,"
              + " 8080/udp or a range such as 9000-9002. ("
              + e.getMessage()
              + ")");
    }
  }

  private static AbsoluteUnixPath unixPath(String value, String element) {
    if (!value.startsWith("/")) {
      throw new ConfigurationException(
          element + " is '" + value + "', a relative path: write an absolute one such as /app.");
    }
    return AbsoluteUnixPath.get(value);
  }
}
