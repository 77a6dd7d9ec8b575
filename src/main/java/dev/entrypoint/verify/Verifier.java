package dev.entrypoint.verify;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.engine.AbandonedRuns;
import dev.entrypoint.engine.ContainerEngine;
import dev.entrypoint.engine.EngineException;
import dev.entrypoint.engine.EngineOptions;
import dev.entrypoint.engine.EngineSession;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.engine.EngineUnavailableException;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Verifies an image on real engines: connects to each engine of the request, puts the image there
 * (loading a tarball, which it removes again), reads the ENTRYPOINT and CMD the engine sees, and
 * runs the contract's scenarios and the declared ones, several at a time, each in a container of
 * its own that is removed whatever happens.
 */
public final class Verifier {

  private final BuildLog log;

  /** A verifier that reports progress to {@code log}. */
  public Verifier(BuildLog log) {
    this.log = log;
  }

  /**
   * Runs the verification.
   *
   * @return the report, or empty when no engine answered and the request allows that
   * @throws EngineUnavailableException when an engine does not answer and the request fails then
   * @throws ConfigurationException when the image cannot be verified as named, or scenario names
   *     clash
   */
  public Optional<VerifyReport> verify(VerifyRequest request) throws InterruptedException {
    long started = System.nanoTime();
    Map<ContainerEngine, EngineOptions> engines = connect(request);
    if (engines.isEmpty()) {
      return Optional.empty();
    }
    List<EngineSession> imageSessions = new ArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(request.parallel());
    try {
      List<VerifyReport.EngineRun> runs = new ArrayList<>();
      List<Callable<ScenarioResult>> tasks = new ArrayList<>();
      for (ContainerEngine engine : engines.keySet()) {
        AbandonedRuns.clean(engine, log);
        EngineSession imageSession = engine.openSession("entrypoint-verify-");
        imageSessions.add(imageSession);
        String image = imageIn(imageSession, request);
        ImageLaunch launch =
            ImageConfig.ofContainerConfig(engine.inspectImageConfig(image)).launch();
        runs.add(new VerifyReport.EngineRun(engine.kind(), engine.version(), image, launch));
        List<Scenario> scenarios = scenarios(request, launch, engine.kind());
        log.info(
            "Verifying "
                + image
                + " on "
                + engine
                + describe(engines.get(engine))
                + ": "
                + scenarios.size()
                + " scenarios, "
                + request.parallel()
                + " at a time");
        ScenarioRunner runner =
            new ScenarioRunner(engine, image, containerNamePrefix(image), request.timeout());
        scenarios.forEach(scenario -> tasks.add(() -> runner.run(scenario)));
      }
      List<ScenarioResult> results = new ArrayList<>();
      for (Future<ScenarioResult> task : workers.invokeAll(tasks)) {
        results.add(result(task));
      }
      return Optional.of(
          new VerifyReport(
              request.image().toString(),
              runs,
              results,
              Duration.ofNanos(System.nanoTime() - started)));
    } finally {
      workers.shutdownNow();
      awaitScenarios(workers);
      imageSessions.forEach(EngineSession::close);
    }
  }

  /**
   * Waits until every scenario has removed its container, so that the images are removed after
   * them, also when the wait itself is interrupted.
   */
  private void awaitScenarios(ExecutorService workers) {
    boolean interrupted = false;
    while (true) {
      try {
        if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
        log.warn("still waiting for the scenarios to remove their containers");
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The engines that answered, each with the options it is called with. */
  private Map<ContainerEngine, EngineOptions> connect(VerifyRequest request) {
    Map<EngineKind, ContainerEngine> engines = new EnumMap<>(EngineKind.class);
    Map<ContainerEngine, EngineOptions> options = new LinkedHashMap<>();
    for (EngineSettings settings : request.engines()) {
      try {
        ContainerEngine engine = ContainerEngine.connect(settings, log);
        if (engines.putIfAbsent(engine.kind(), engine) == null) {
          options.put(engine, settings.options(engine.kind()));
        }
      } catch (EngineUnavailableException unavailable) {
        if (request.failIfNoEngine()) {
          throw unavailable;
        }
        log.warn(unavailable.getMessage());
        log.warn(
            "Skipping engine '" + settings.choice().pomValue() + "' (failIfNoEngine is false).");
      }
    }
    if (engines.isEmpty()) {
      log.warn("No container engine answered: nothing was verified (failIfNoEngine is false).");
    }
    return options;
  }

  /**
   * How the engine is called, when that is not just its command: {@code (podman --runtime runc;
   * create flags [...])}.
   */
  private static String describe(EngineOptions options) {
    EngineOptions defaults = EngineOptions.defaults(options.kind());
    if (options.equals(defaults)) {
      return "";
    }
    List<String> command = new ArrayList<>(List.of(options.executable()));
    command.addAll(options.globalFlags());
    return " ("
        + Argv.shellQuoted(command)
        + (options.host() == null ? "" : ", host " + options.host())
        + (options.createFlags().isEmpty()
            ? ""
            : "; create flags " + Argv.shellQuoted(options.createFlags()))
        + ")";
  }

  /**
   * The image's name in the session's engine: a loaded tarball's name, or the engine's own image.
   */
  private String imageIn(EngineSession session, VerifyRequest request) {
    ImageSource image = request.image();
    EngineKind kind = session.engine().kind();
    return switch (image.kind()) {
      case TAR -> {
        if (!Files.isRegularFile(image.tarPath())) {
          throw new ConfigurationException(
              "There is no image tarball at "
                  + image.tarPath()
                  + " to verify: build"
                  + " it first (the entrypoint:build goal runs in the package phase, before verify), or name another"
                  + " image in <image> or -Dentrypoint.image: tar://PATH, docker://NAME or podman://NAME.");
        }
        yield session.load(image.tarPath(), namesIn(image.tarPath()));
      }
      case DOCKER, PODMAN -> {
        if (image.engine().orElseThrow() == kind) {
          yield image.reference();
        }
        yield transferred(session, image, request.access(), image.reference());
      }
      case REGISTRY -> transferred(session, image, request.access(), loadName(image));
    };
  }

  /**
   * Puts an image of another engine, or of a registry, into the session's engine: saved as a
   * tarball (an engine's image by that engine, a registry's with the request's credentials and
   * insecure-registry setting), loaded, and removed again with the session.
   */
  private String transferred(
      EngineSession session, ImageSource image, ImageAccess access, String name) {
    Path tarball = null;
    try (ImageReader reader = ImageReader.open(image, access, log)) {
      tarball = Files.createTempFile(access.temporaryDirectory(), "entrypoint-verify-", ".tar");
      log.info(
          "Copying "
              + image
              + " to "
              + session.engine().kind().command()
              + " as "
              + name
              + " to verify it there; it is removed again afterwards");
      reader.saveTo(tarball, name);
      return session.load(tarball, List.of(name));
    } catch (ImageReadException e) {
      throw new EngineException("could not copy " + image + " to verify it: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tarball != null) {
        try {
          Files.deleteIfExists(tarball);
        } catch (IOException e) {
          log.warn("could not delete " + tarball + ": " + e.getMessage());
        }
      }
    }
  }

  /**
   * The name a registry image is loaded as: its repository, tagged with the start of its digest
   * when it is named by digest, so that no name the engine has is taken.
   */
  static String loadName(ImageSource registryImage) {
    String reference = registryImage.reference();
    int at = reference.indexOf('@');
    if (at < 0) {
      return reference;
    }
    String repository = reference.substring(0, at);
    int colon = repository.lastIndexOf(':');
    if (colon > repository.lastIndexOf('/')) {
      repository = repository.substring(0, colon);
    }
    String hex = reference.substring(at + 1).replaceFirst("^[a-z0-9]+:", "");
    return repository + ":verify-" + hex.substring(0, Math.min(12, hex.length()));
  }

  /**
   * The names an image tarball tags its image with; none when they cannot be read, and the engine's
   * load says why.
   */
  private List<String> namesIn(Path tar) {
    try (ImageArchive archive = ImageArchive.open(tar)) {
      return archive.names();
    } catch (IOException unreadable) {
      log.debug(
          "the names in "
              + tar
              + " could not be read ("
              + unreadable.getMessage()
              + "); the engine's load will say what is wrong with it");
      return List.of();
    }
  }

  private static List<Scenario> scenarios(
      VerifyRequest request, ImageLaunch launch, EngineKind engine) {
    List<Scenario> scenarios = new ArrayList<>();
    if (request.contractScenarios()) {
      scenarios.addAll(
          ContractScenarios.of(launch, request.contract(), engine, request.stopTimeout()));
    }
    Set<String> names = new HashSet<>();
    scenarios.forEach(scenario -> names.add(scenario.name()));
    for (Scenario declared : request.scenarios()) {
      if (!names.add(declared.name())) {
        throw new ConfigurationException(
            "Two scenarios are named '"
                + declared.name()
                + "'"
                + (ContractScenarios.isContractName(declared.name())
                    ? ", and the launch contract's scenario has that name"
                    : "")
                + ": give each <scenario> a <name> of its own.");
      }
      scenarios.add(declared);
    }
    return scenarios;
  }

  /**
   * {@code my-app-verify-} for {@code registry.example/team/my-app:1.0}: containers are named after
   * the image they verify, so {@code docker ps} shows whose they are.
   */
  static String containerNamePrefix(String image) {
    String name = image;
    int digest = name.indexOf('@');
    if (digest >= 0) {
      name = name.substring(0, digest);
    }
    name = name.substring(name.lastIndexOf('/') + 1);
    int tag = name.indexOf(':');
    if (tag >= 0) {
      name = name.substring(0, tag);
    }
    name =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-").replaceAll("^[^a-z0-9]+", "");
    return (name.isEmpty() ? "image" : name) + "-verify-";
  }

  private static ScenarioResult result(Future<ScenarioResult> task) throws InterruptedException {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException("a scenario failed unexpectedly", e.getCause());
    }
  }
}
