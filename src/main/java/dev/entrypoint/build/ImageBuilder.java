package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.DockerDaemonImage;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.Ports;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.PluginInfo;
import dev.entrypoint.image.HostPlatform;
import dev.entrypoint.image.RegistryCredential;
import dev.entrypoint.jib.CredentialsOverHttpSwitch;
import dev.entrypoint.jib.OwnDockerClient;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchSpec;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.ManifestFormat;
import dev.entrypoint.project.QuarkusApplication;
import java.io.IOException;
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
    requireBuildablePlatforms(request);
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
        new ImageOutputs(
            request.outputDir(), request.target(), imageFormat(request.container().format()));
    DockerCli docker = DockerCli.of(request.access().engines().options(EngineKind.DOCKER));
    DaemonImages daemon = daemons.apply(docker);
    Optional<BuildFingerprint> fingerprint = BuildFingerprint.of(request, daemon);
    Optional<String> inputs = fingerprint.map(BuildFingerprint::inputs);
    if (inputs.isPresent()) {
      Optional<BuiltImage> upToDate = outputs.reuse(inputs.get(), daemon);
      if (upToDate.isPresent()) {
        return upToDate.get();
      }
    }
    Optional<JavaApplication> application = request.application();
    Optional<QuarkusApplication> quarkus = request.quarkus();
    quarkus.ifPresent(QuarkusApplication::requireBuilt);
    ContainerSettings container = request.container();
    LaunchSpec launch =
        container.launchSpec(quarkus.isPresent() ? quarkus.get() : application.orElse(null));
    container.declaration().notes().forEach(log::info);
    if (application.isPresent()) {
      request.layout().notes().forEach(log::info);
    }

    RegistryLogins logins = RegistryLogins.of(request, log);
    Map<String, String> environment = new LinkedHashMap<>();
    List<FileEntriesLayer> layers = new ArrayList<>();
    BaseStart start = new BaseStart(log);
    JibContainerBuilder jib = start.startFrom(request, logins, docker, environment, layers);
    if (quarkus.isPresent()) {
      layers.addAll(QuarkusLayers.of(quarkus.get()));
    } else if (application.isPresent()) {
      JavaApplication app = application.get();
      layers.addAll(ApplicationLayers.of(app, app.knownMainClass(), request.applicationCacheDir()));
    }
    layers.addAll(
        ExtraDirectoryLayer.all(
            request.extraFiles(), request.extraDirectories(), request.extraFilePermissions()));
    environment.putAll(container.environment());

    List<FileEntriesLayer> filled =
        layers.stream().filter(layer -> !layer.getEntries().isEmpty()).toList();
    Optional<ImageOutputs.Frame> frame = Optional.empty();
    if (fingerprint.isPresent()) {
      List<String> stamps = new ArrayList<>();
      for (FileEntriesLayer layer : filled) {
        stamps.add(IncrementalBuild.stamp(layer));
      }
      String settings =
          fingerprint
              .get()
              .frame(
                  List.of(
                      environment.toString(),
                      launch.toString(),
                      String.valueOf(quarkus.map(QuarkusApplication::appRoot)),
                      filled.stream().map(FileEntriesLayer::getName).toList().toString()));
      frame = Optional.of(new ImageOutputs.Frame(settings, stamps));
      Optional<IncrementalBuild.Changed> changed =
          new IncrementalBuild(request, outputs, daemon, log).build(frame.get(), filled);
      if (changed.isPresent()) {
        return outputs.finish(changed.get().made(), changed.get().launch(), inputs, frame);
      }
    }

    Optional<ImageLaunch> baseLaunch = start.launch(request);
    baseLaunch
        .filter(launch::dropsBaseCmd)
        .ifPresent(
            base ->
                log.info(
                    "The base image's CMD "
                        + Argv.json(base.cmd())
                        + " is dropped because the image sets its own"
                        + " ENTRYPOINT, as Docker does; set <container><cmd> to keep default arguments."));
    ImageLaunch written = written(launch, baseLaunch);
    jib.setFileEntriesLayers(layers)
        .setEnvironment(environment)
        .setExposedPorts(ports(container.ports()))
        .setLabels(container.labels())
        .setFormat(imageFormat(container.format()))
        .setCreationTime(container.creationTime())
        .setEntrypoint(written.entrypoint())
        .setProgramArguments(written.cmd());
    if (container.user() != null) {
      jib.setUser(container.user());
    }
    if (container.workingDirectory() != null) {
      jib.setWorkingDirectory(
          unixPath(container.workingDirectory(), "<container><workingDirectory>"));
    } else if (quarkus.isPresent()) {
      // Quarkus reads config/application.properties from the working directory.
      jib.setWorkingDirectory(AbsoluteUnixPath.get(quarkus.get().appRoot()));
    }
    Set<AbsoluteUnixPath> volumes = new LinkedHashSet<>();
    for (String volume : container.volumes()) {
      volumes.add(unixPath(volume, "<container><volumes>"));
    }
    jib.setVolumes(volumes);

    ImageOutputs.Made result =
        request.platforms().isMultiple()
            ? containerizeEach(jib, request, logins, outputs)
            : containerize(jib, request, logins, docker, daemon, outputs);
    return outputs.finish(result, baseLaunch.map(launch::applyTo).orElse(null), inputs, frame);
  }

  /**
   * Refuses platforms the build cannot serve: a jlink base has the host's only, the Docker daemon
   * and a {@code docker://} or {@code tar://} base hold one image, an index needs the OCI format.
   */
  private static void requireBuildablePlatforms(ImageBuildRequest request) {
    TargetPlatforms platforms = request.platforms();
    if (request.base().kind() == BaseImage.Kind.JLINK) {
      JlinkBase.requireServes(platforms);
    }
    if (!platforms.isMultiple()) {
      return;
    }
    String listed = "<from><platforms> lists " + platforms;
    if (request.target().kind() == ImageTarget.Kind.DOCKER) {
      throw new ConfigurationException(
          listed
              + ", but the Docker daemon holds one platform's image under a name. Build to"
              + " <target>registry</target> (an OCI image index) or <target>tar</target> (an OCI"
              + " layout with the index), or list one platform.");
    }
    if (request.base().kind() == BaseImage.Kind.DOCKER
        || request.base().kind() == BaseImage.Kind.TAR) {
      throw new ConfigurationException(
          listed
              + ", but the base "
              + request.base()
              + " is one image for one platform. Use a multi-platform base from a registry (such"
              + " as eclipse-temurin:21-jre), or list one platform.");
    }
    if (request.container().format() == ManifestFormat.DOCKER) {
      throw new ConfigurationException(
          listed
              + ", which makes an OCI image index, and <container><format> is Docker. Use"
              + " <format>OCI</format> (the default), or list one platform.");
    }
  }

  /**
   * The ENTRYPOINT and CMD to give Jib: exactly what the image stores when the base's launch is
   * known; otherwise the declared values, which Jib combines with the base's by Docker's rules.
   */
  private static ImageLaunch written(LaunchSpec launch, Optional<ImageLaunch> baseLaunch) {
    if (baseLaunch.isPresent()) {
      return launch.applyTo(baseLaunch.get());
    }
    if (launch.inheritsCmd() && launch.entrypoint() != null) {
      throw new ConfigurationException(
          "<container><cmd>INHERIT</cmd> keeps the base image's CMD under a new ENTRYPOINT, but the"
              + " base image's config could not be read before the build (run without -o, or check"
              + " <from><image>). Or write the CMD out in <container><cmd>.");
    }
    return ImageLaunch.of(launch.entrypoint(), launch.cmd());
  }

  /** One image, for the default platform or the one named, to the target. */
  private ImageOutputs.Made containerize(
      JibContainerBuilder jib,
      ImageBuildRequest request,
      RegistryLogins logins,
      DockerCli docker,
      DaemonImages daemon,
      ImageOutputs outputs)
      throws IOException, InterruptedException, ImageBuildException {
    ImageTarget target = request.target();
    if (!request.platforms().isUnset() && request.base().kind() != BaseImage.Kind.JLINK) {
      jib.setPlatforms(Set.copyOf(request.platforms().list()));
    }
    LayerSkippingLoad load = null;
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
            load = new LayerSkippingLoad(docker, daemon, holders, record, log);
            yield Containerizer.to(
                OwnDockerClient.loadingWith(docker.executable(), docker.environment(), load),
                DockerDaemonImage.named(target.image()));
          }
          case REGISTRY -> {
            RegistryImage image = RegistryImage.named(target.image());
            logins.target().ifPresent(login -> addCredential(image, login));
            yield Containerizer.to(image);
          }
        };
    for (String tag : target.tags()) {
      containerizer.withAdditionalTag(tag);
    }
    configure(containerizer, request, "Building " + target.image().toStringWithQualifier());
    if (target.kind() != ImageTarget.Kind.REGISTRY) {
      JibContainer result =
          run(containerizer, () -> jib.containerize(containerizer), request, logins, outputs);
      String digest = result.getDigest().toString();
      String imageId = result.getImageId().toString();
      return load == null
          ? new ImageOutputs.Made(digest, imageId, false)
          : IncrementalBuild.loaded(digest, imageId, load.loadedConfig(), load.loadedLayers(), log);
    }
    // Jib sends only the blobs the registry lacks and the manifest last, so trying the whole push
    // again after a passing fault sends only what is missing, and no tag names a partial image.
    JibContainer result =
        run(
            containerizer,
            () ->
                PushRetry.waiting(log)
                    .run(
                        "Pushing " + target.image().toStringWithQualifier(),
                        () -> jib.containerize(containerizer)),
            request,
            logins,
            outputs);
    String held = pushTo(request, logins).held(target).orElse(result.getDigest().toString());
    if (!held.equals(result.getDigest().toString())) {
      log.warn(
          "The registry holds "
              + held
              + " under "
              + target.image().toStringWithQualifier()
              + ", not the image pushed, "
              + result.getDigest()
              + ": another push to the same tag may have come in between.");
    }
    return new ImageOutputs.Made(held, result.getImageId().toString(), false);
  }

  /**
   * One image per platform, each built by Jib to an OCI layout tarball, joined by an image index:
   * written as one OCI layout tarball, or pushed.
   */
  private ImageOutputs.Made containerizeEach(
      JibContainerBuilder jib,
      ImageBuildRequest request,
      RegistryLogins logins,
      ImageOutputs outputs)
      throws IOException, InterruptedException, ImageBuildException {
    ImageTarget target = request.target();
    try (ScratchDirectory work = ScratchDirectory.in(request.outputDir(), ".platforms-")) {
      Map<Platform, Path> layouts = new LinkedHashMap<>();
      for (Platform platform : request.platforms().list()) {
        Path layout =
            work.path().resolve(platform.getOs() + "-" + platform.getArchitecture() + ".tar");
        jib.setPlatforms(Set.of(platform));
        Containerizer containerizer = Containerizer.to(TarImage.at(layout).named(target.image()));
        configure(
            containerizer,
            request,
            "Building "
                + target.image().toStringWithQualifier()
                + " for "
                + TargetPlatforms.name(platform));
        run(containerizer, () -> jib.containerize(containerizer), request, logins, outputs);
        layouts.put(platform, layout);
      }
      try (PlatformIndex index = PlatformIndex.of(layouts)) {
        PlatformIndex.Member loaded = index.loadedBy(HostPlatform.architecture());
        String imageId = loaded.config().digest();
        if (target.kind() == ImageTarget.Kind.TAR) {
          index.writeLayout(outputs.jibTarball(), target.allNames(), loaded);
          return new ImageOutputs.Made(index.digest(), imageId, true);
        }
        String mountFrom =
            request.base().kind() == BaseImage.Kind.REGISTRY
                    && reference(request.base().reference()).getRegistry().equals(target.registry())
                ? reference(request.base().reference()).getRepository()
                : null;
        String digest;
        try {
          digest = pushTo(request, logins).push(index, target, mountFrom);
        } catch (InterruptedException e) {
          throw e;
        } catch (Exception e) {
          throw JibFailure.explain(e, request, logins);
        }
        return new ImageOutputs.Made(digest, imageId, false);
      }
    } catch (IOException | RuntimeException | ImageBuildException e) {
      outputs.discard();
      throw e;
    }
  }

  private RegistryPush pushTo(ImageBuildRequest request, RegistryLogins logins) {
    return new RegistryPush(request.access(), logins.target(), PushRetry.waiting(log), log);
  }

  private void configure(Containerizer containerizer, ImageBuildRequest request, String what) {
    containerizer
        .setToolName(TOOL_NAME)
        .setToolVersion(PluginInfo.version())
        .setOfflineMode(request.offline())
        .setAllowInsecureRegistries(request.allowInsecureRegistries())
        .setBaseImageLayersCache(BaseStart.baseLayersCache(request))
        .setApplicationLayersCache(request.applicationCacheDir())
        .addEventHandler(
            new BuildProgress(
                log,
                what,
                request.allowInsecureRegistries(),
                request.base().kind() == BaseImage.Kind.REGISTRY));
  }

  /** Jib's work, to be run with its threads and the insecure-registries switch in place. */
  private interface JibRun {
    JibContainer run() throws Exception;
  }

  /**
   * Runs Jib's {@code work} for {@code containerizer} on threads that are shut down and waited for
   * whatever happens, so a failed or interrupted build leaves nothing writing behind it; a failure
   * discards the outputs and is explained in the pom's terms.
   */
  private JibContainer run(
      Containerizer containerizer,
      JibRun work,
      ImageBuildRequest request,
      RegistryLogins logins,
      ImageOutputs outputs)
      throws IOException, InterruptedException, ImageBuildException {
    ExecutorService threads = Executors.newCachedThreadPool();
    containerizer.setExecutorService(threads);
    boolean insecure = request.allowInsecureRegistries();
    if (insecure) {
      INSECURE_REGISTRIES.lock();
    }
    CredentialsOverHttpSwitch sendOverHttp = CredentialsOverHttpSwitch.remember();
    try {
      if (insecure && logins.stayOnThisMachine(request)) {
        // Basic auth over plain HTTP that never leaves this machine: Jib's switch is JVM-wide, so
        // it is set only while this build runs, and builds that allow insecure registries take
        // turns.
        sendOverHttp.turnOn();
      }
      return work.run();
    } catch (InterruptedException e) {
      outputs.discard();
      throw e;
    } catch (Exception e) {
      outputs.discard();
      throw JibFailure.explain(e, request, logins);
    } finally {
      if (insecure) {
        sendOverHttp.restore();
        INSECURE_REGISTRIES.unlock();
      }
      threads.shutdownNow();
      if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
        log.warn("Jib's threads did not stop within 30 s of the build's end");
      }
    }
  }

  static void addCredential(RegistryImage image, RegistryCredential login) {
    image.addCredential(login.credential().getUsername(), login.credential().getPassword());
  }

  static ImageReference reference(String value) {
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

  static ImageFormat imageFormat(ManifestFormat format) {
    return format == ManifestFormat.DOCKER ? ImageFormat.Docker : ImageFormat.OCI;
  }

  private static AbsoluteUnixPath unixPath(String value, String element) {
    if (!value.startsWith("/")) {
      throw new ConfigurationException(
          element + " is '" + value + "', a relative path: write an absolute one such as /app.");
    }
    return AbsoluteUnixPath.get(value);
  }
}
