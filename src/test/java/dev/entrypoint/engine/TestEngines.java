package dev.entrypoint.engine;

import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.ProcessCommandRunner;
import dev.entrypoint.testing.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The real engines for {@code *EngineIT} tests, and images built offline on the busybox fixture.
 * Extra Podman global flags may be given as {@code -Dentrypoint.it.podmanFlags="--runtime runc
 * ..."}, and another prefix for the images and containers as {@code -Dentrypoint.it.prefix=NAME-},
 * so that two builds on one engine do not share them.
 */
final class TestEngines {

  /** Every image and container these tests make starts with this. */
  static final String PREFIX = System.getProperty("entrypoint.it.prefix", "ep-engine-");

  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(2);

  private TestEngines() {}

  /**
   * The real engine of {@code kind}, logging its commands to stdout when {@code
   * -Dentrypoint.it.debug}.
   */
  static ContainerEngine connect(EngineKind kind) {
    return ContainerEngine.connect(settings(EngineChoice.of(kind)), log());
  }

  /** Settings for {@code choice}, with the Podman flags given to the build. */
  static EngineSettings settings(EngineChoice choice) {
    String podmanFlags = System.getProperty("entrypoint.it.podmanFlags", "").strip();
    EngineSettings settings = EngineSettings.of(choice);
    return podmanFlags.isEmpty()
        ? settings
        : settings.with(
            EngineOptions.defaults(EngineKind.PODMAN)
                .withGlobalFlags(Arrays.asList(podmanFlags.split("\\s+"))));
  }

  /** A log that prints debug lines only when asked to, and warnings always. */
  static BuildLog log() {
    boolean debug = Boolean.getBoolean("entrypoint.it.debug");
    return new BuildLog() {
      @Override
      public void info(String line) {
        System.out.println(line);
      }

      @Override
      public void warn(String line) {
        System.out.println("WARN " + line);
      }

      @Override
      public void debug(String line) {
        if (debug) {
          System.out.println(line);
        }
      }
    };
  }

  /**
   * Builds {@code tag} in Docker with the classic builder from a Dockerfile whose first line is
   * {@code FROM base}, then the given instructions.
   */
  static String buildInDocker(String tag, String base, List<String> instructions) {
    try {
      Path context = Files.createTempDirectory(PREFIX + "build");
      try {
        StringBuilder dockerfile = new StringBuilder("FROM " + base + "\n");
        instructions.forEach(line -> dockerfile.append(line).append('\n'));
        Files.writeString(context.resolve("Dockerfile"), dockerfile);
        CommandResult built =
            new ProcessCommandRunner()
                .run(
                    new Command(
                        List.of("docker", "build", "--quiet", "--tag", tag, context.toString()),
                        Map.of("DOCKER_BUILDKIT", "0"),
                        BUILD_TIMEOUT));
        if (!built.succeeded()) {
          throw new IllegalStateException(
              "docker build of " + tag + " failed:\n" + dockerfile + built.errorText());
        }
        return tag;
      } finally {
        Files.deleteIfExists(context.resolve("Dockerfile"));
        Files.deleteIfExists(context);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code kind}'s command line directly, to look at the engine behind the driver's back. */
  static CommandResult cli(EngineKind kind, String... arguments) {
    List<String> argv = new ArrayList<>(List.of(kind.command()));
    argv.addAll(List.of(arguments));
    return new ProcessCommandRunner().run(new Command(argv, Map.of(), BUILD_TIMEOUT));
  }

  /**
   * The results of {@code tasks}, in order, run {@code workers} at a time; a task that throws fails
   * the test.
   */
  static <T> List<T> inParallel(int workers, List<Callable<T>> tasks) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> task : pool.invokeAll(tasks)) {
        results.add(task.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw new AssertionError("a task failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The busybox fixture in Docker and, when {@code kind} is Podman, copied there too. */
  static String busybox(EngineKind kind) throws IOException, InterruptedException {
    String image = TestImages.busyboxInDocker();
    if (kind == EngineKind.PODMAN) {
      TestImages.copyDockerImageToPodman(image);
    }
    return image;
  }
}
