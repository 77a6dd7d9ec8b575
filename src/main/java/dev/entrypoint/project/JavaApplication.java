package dev.entrypoint.project;

import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Java application a project puts in its image: compiled classes and resources, the runtime
 * dependencies in Maven's classpath order, a main class and JVM flags, the Java version the classes
 * are compiled for, and the app root it is laid out under, as Jib lays it out: {@code libs/} for
 * jars, {@code resources/} and {@code classes/}, and the files {@code jib-classpath-file} and
 * {@code jib-main-class-file} that hold the classpath and the main class.
 */
public final class JavaApplication implements JavaLaunch {

  /** The first Java version whose {@code java} reads arguments from a file ({@code @file}). */
  private static final int ARGUMENT_FILES = 9;

  private final Path classesDir;
  private final List<Dependency> dependencies;
  private final String mainClass;
  private final List<String> jvmFlags;
  private final int javaVersion;
  private final String appRoot;

  /**
   * An application. {@code mainClass} may be {@code null}: then it is inferred from the classes,
   * when exactly one has a {@code main} method. {@code javaVersion} is the major Java version the
   * classes are compiled for ({@code 17}, {@code 8}). {@code appRoot} is an absolute path in the
   * image.
   */
  public JavaApplication(
      Path classesDir,
      List<Dependency> dependencies,
      String mainClass,
      List<String> jvmFlags,
      int javaVersion,
      String appRoot) {
    this.classesDir = Objects.requireNonNull(classesDir, "classesDir");
    this.dependencies = List.copyOf(dependencies);
    this.mainClass = mainClass == null || mainClass.isBlank() ? null : mainClass.strip();
    this.jvmFlags = List.copyOf(jvmFlags);
    this.javaVersion = javaVersion;
    this.appRoot = Objects.requireNonNull(appRoot, "appRoot").replaceAll("/+$", "");
    if (!appRoot.startsWith("/")) {
      throw new ConfigurationException(
          "<container><appRoot> is '" + appRoot + "': write an absolute path such as /app.");
    }
  }

  /** The directory Maven compiled classes and copied resources to. */
  public Path classesDir() {
    return classesDir;
  }

  /** The runtime dependencies, in classpath order. */
  public List<Dependency> dependencies() {
    return dependencies;
  }

  /** The dependency jars alone, in classpath order. */
  public List<Path> dependencyJars() {
    return dependencies.stream().map(Dependency::jar).toList();
  }

  /** The JVM flags, as configured. */
  public List<String> jvmFlags() {
    return jvmFlags;
  }

  /** The major Java version the classes are compiled for. */
  public int javaVersion() {
    return javaVersion;
  }

  /** Where the application goes in the image, such as {@code /app}; never ends with a slash. */
  public String appRoot() {
    return appRoot.isEmpty() ? "/" : appRoot;
  }

  /** The directory in the image that holds {@code name}, such as {@code /app/libs}. */
  public String inImage(String name) {
    return appRoot + "/" + name;
  }

  /**
   * The file name each dependency jar gets under {@code libs/}, in classpath order, as Jib names
   * them: its own, or, when several jars share a file name (from different groups), each of them
   * with its size in bytes before {@code .jar}, such as {@code core-1.0-5120.jar}.
   */
  public List<String> jarNames() throws IOException {
    Map<String, Integer> occurrences = new HashMap<>();
    for (Dependency dependency : dependencies) {
      occurrences.merge(dependency.jar().getFileName().toString(), 1, Integer::sum);
    }
    List<String> names = new ArrayList<>();
    for (Dependency dependency : dependencies) {
      String name = dependency.jar().getFileName().toString();
      names.add(
          occurrences.get(name) == 1
              ? name
              : name.replaceFirst("\\.jar$", "-" + Files.size(dependency.jar())) + ".jar");
    }
    return names;
  }

  /**
   * The classpath in the image, in Maven's order: resources, classes, then every jar by name, so
   * the order never depends on a directory listing.
   */
  public List<String> classpath() throws IOException {
    List<String> classpath = new ArrayList<>();
    classpath.add(inImage("resources"));
    classpath.add(inImage("classes"));
    for (String name : jarNames()) {
      classpath.add(inImage("libs") + "/" + name);
    }
    return classpath;
  }

  /**
   * Where the image holds the classpath, {@code :}-separated on one line, for {@code java
   * -cp @FILE} and for scripts: Jib's {@code /app/jib-classpath-file}.
   */
  public String classpathFile() {
    return inImage("jib-classpath-file");
  }

  /** Where the image holds the main class's name: Jib's {@code /app/jib-main-class-file}. */
  public String mainClassFile() {
    return inImage("jib-main-class-file");
  }

  /** The configured main class, if one is. */
  public Optional<String> configuredMainClass() {
    return Optional.ofNullable(mainClass);
  }

  /**
   * The main class: the configured one, which must be among the classes when there are any, or the
   * single class with a {@code main} method. Empty when the project has no classes and none is
   * configured.
   *
   * @throws ConfigurationException when none or several classes have a main method, or the
   *     configured one has none
   */
  public Optional<String> mainClass() throws IOException {
    List<String> found = MainClasses.in(classesDir);
    if (mainClass != null) {
      if (!found.isEmpty() && !found.contains(mainClass)) {
        throw new ConfigurationException(
            "<container><mainClass> is "
                + mainClass
                + ", but no class of that name in "
                + classesDir
                + " has a 'public static void main(String[])'. The classes that have one: "
                + String.join(", ", found)
                + ".");
      }
      return Optional.of(mainClass);
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    if (found.isEmpty()) {
      if (!MainClasses.hasClasses(classesDir)) {
        return Optional.empty();
      }
      throw new ConfigurationException(
          "No class in "
              + classesDir
              + " has a 'public static void main(String[])', so the image"
              + " would have no Java command. Set <container><mainClass>, or give the image its"
              + " program with <container><entrypoint>.");
    }
    throw new ConfigurationException(
        "Several classes have a main method ("
            + String.join(", ", found)
            + "), so the main class cannot be inferred. Choose one with"
            + " <container><mainClass>"
            + found.get(0)
            + "</mainClass>.");
  }

  /** {@link #javaCommand(String)} with the {@link #mainClass()}, when there is one. */
  @Override
  public Optional<List<String>> javaCommand() throws IOException {
    Optional<String> mainClass = mainClass();
    return mainClass.isEmpty() ? Optional.empty() : Optional.of(javaCommand(mainClass.get()));
  }

  /**
   * The main class as far as it is known without failing, for {@link #mainClassFile()}: the
   * configured one, else the single class with a {@code main} method; empty when there are none or
   * several.
   */
  public Optional<String> knownMainClass() throws IOException {
    if (mainClass != null) {
      return Optional.of(mainClass);
    }
    List<String> found = MainClasses.in(classesDir);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * {@code java <jvmFlags> -cp <classpath> <mainClass>}, as Jib writes it: for classes compiled for
   * Java 9 or later the classpath is read from {@link #classpathFile()} ({@code
   * -cp @/app/jib-classpath-file}), for older ones it is written out; either way in Maven's order.
   */
  public List<String> javaCommand(String resolvedMainClass) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(
        javaVersion >= ARGUMENT_FILES ? "@" + classpathFile() : String.join(":", classpath()));
    command.add(resolvedMainClass);
    return command;
  }

  @Override
  public String toString() {
    return "classes="
        + classesDir
        + " dependencies="
        + dependencies
        + " mainClass="
        + mainClass
        + " jvmFlags="
        + jvmFlags
        + " javaVersion="
        + javaVersion
        + " appRoot="
        + appRoot();
  }
}
