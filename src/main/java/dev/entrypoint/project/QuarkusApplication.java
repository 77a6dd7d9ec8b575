package dev.entrypoint.project;

import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Quarkus application in the layout its build makes, {@code target/quarkus-app} (Quarkus' "fast
 * jar"): {@code quarkus-run.jar}, whose manifest names every jar of {@code lib/boot} and {@code
 * lib/main}, the application's own jar in {@code app/}, and what the build generated in {@code
 * quarkus/}. The image holds that directory as it is, under the app root, and starts {@code java
 * -jar <appRoot>/quarkus-run.jar} there, as Quarkus' own Dockerfile does.
 */
public final class QuarkusApplication implements JavaLaunch {

  /** The jar that starts the application. */
  public static final String RUNNER = "quarkus-run.jar";

  private final Path directory;
  private final List<String> jvmFlags;
  private final String appRoot;

  /**
   * The application in {@code directory}, started with {@code jvmFlags} from {@code appRoot} in the
   * image. The directory need not be built yet: {@link #requireBuilt} says when it must be.
   */
  public QuarkusApplication(Path directory, List<String> jvmFlags, String appRoot) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.jvmFlags = List.copyOf(jvmFlags);
    this.appRoot = appRoot.equals("/") ? "" : appRoot.replaceAll("/+$", "");
  }

  /**
   * Checks that Quarkus' build made the directory, before an image is made of it.
   *
   * @throws ConfigurationException when the directory has no {@code quarkus-run.jar}
   */
  public void requireBuilt() {
    if (!Files.isRegularFile(directory.resolve(RUNNER))) {
      throw new ConfigurationException(
          "The project builds with quarkus-maven-plugin, so its image is made from the directory"
              + " Quarkus' build writes, "
              + directory
              + ", and that has no "
              + RUNNER
              + ". Declare quarkus-maven-plugin (with its 'build' goal) before"
              + " entrypoint-maven-plugin in <build><plugins>, so it runs first in the package phase,"
              + " and keep Quarkus' default package type (quarkus.package.jar.type=fast-jar).");
    }
  }

  /** The {@code quarkus-app} directory. */
  public Path directory() {
    return directory;
  }

  /** Where the directory goes in the image, such as {@code /app}, which is also the working one. */
  public String appRoot() {
    return appRoot.isEmpty() ? "/" : appRoot;
  }

  /** {@code java <jvmFlags> -jar <appRoot>/quarkus-run.jar}. */
  @Override
  public Optional<List<String>> javaCommand() {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(jvmFlags);
    command.add("-jar");
    command.add(appRoot + "/" + RUNNER);
    return Optional.of(command);
  }

  /** Every jar of the layout, sorted: what the JVM may load. */
  public List<Path> jars() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".jar"))
          .sorted()
          .toList();
    }
  }

  @Override
  public String toString() {
    return "quarkus-app=" + directory + " jvmFlags=" + jvmFlags + " appRoot=" + appRoot();
  }
}
