package dev.entrypoint.project;

import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Java application a project puts in its image: compiled classes and resources, the runtime
 * dependencies in Maven's classpath order, a main class and JVM flags, and the app root it is laid
 * out under, as Jib lays it out: {@code libs/} for jars, {@code resources/} and {@code classes/}.
 */
public final class JavaApplication implements JavaLaunch {

  private final Path classesDir;
  private final List<Dependency> dependencies;
  private final String mainClass;
  private final List<String> jvmFlags;
  private final String appRoot;

  /**
   * An application. {@code mainClass} may be {@code null}: then it is inferred from the classes,
   * when exactly one has a {@code main} method. {@code appRoot} is an absolute path in the image.
   */
  public JavaApplication(
      Path classesDir,
      List<Dependency> dependencies,
      String mainClass,
      List<String> jvmFlags,
      String appRoot) {
    this.classesDir = Objects.requireNonNull(classesDir, "classesDir");
    this.dependencies = List.copyOf(dependencies);
    this.mainClass = mainClass == null || mainClass.isBlank() ? null : mainClass.strip();
    this.jvmFlags = List.copyOf(jvmFlags);
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

  /** Where the application goes in the image, such as {@code /app}; never ends with a slash. */
  public String appRoot() {
    return appRoot.isEmpty() ? "/" : appRoot;
  }

  /** The directory in the image that holds {@code name}, such as {@code /app/libs}. */
  public String inImage(String name) {
    return appRoot + "/" + name;
  }

  /**
   * The file name each dependency jar gets under {@code libs/}, in classpath order: its own, or for
   * a second jar of the same file name (from another group) the name with a suffix.
   */
  public List<String> jarNames() {
    Map<String, Integer> seen = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (Dependency dependency : dependencies) {
      String name = dependency.jar().getFileName().toString();
      int count = seen.merge(name, 1, Integer::sum);
      int dot = name.lastIndexOf('.');
      names.add(
          count == 1
              ? name
              : dot < 0
                  ? name + "-" + count
                  : name.substring(0, dot) + "-" + count + name.substring(dot));
    }
    return names;
  }

  /**
   * The classpath in the image, in Maven's order: resources, classes, then every jar by name, so
   * the order never depends on a directory listing.
   */
  public List<String> classpath() {
    List<String> classpath = new ArrayList<>();
    classpath.add(inImage("resources"));
    classpath.add(inImage("classes"));
    jarNames().forEach(name -> classpath.add(inImage("libs") + "/" + name));
    return classpath;
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
    return mainClass().map(this::javaCommand);
  }

  /**
   * {@code java <jvmFlags> -cp <classpath> <mainClass>}, with the classpath of the image's layout.
   */
  public List<String> javaCommand(String resolvedMainClass) {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(String.join(":", inImage("resources"), inImage("classes"), inImage("libs") + "/*"));
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
        + " appRoot="
        + appRoot();
  }
}
