package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.MainClassFinder;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import dev.entrypoint.BuildLog;
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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The Java application a project puts in its image: compiled classes and resources, the runtime
 * dependencies, a main class and JVM flags. It lays them out like Jib, under an app root: {@code
 * libs/} for jars, {@code resources/} and {@code classes/}, one layer each, so a change to a class
 * rebuilds only the small top layer.
 */
public final class JavaApplication {

  private final Path classesDir;
  private final List<Dependency> dependencies;
  private final String mainClass;
  private final List<String> jvmFlags;
  private final AbsoluteUnixPath appRoot;

  /**
   * An application. {@code mainClass} may be {@code null}: then it is inferred from the classes,
   * when exactly one has a {@code main} method.
   */
  public JavaApplication(
      Path classesDir,
      List<Dependency> dependencies,
      String mainClass,
      List<String> jvmFlags,
      AbsoluteUnixPath appRoot) {
    this.classesDir = Objects.requireNonNull(classesDir, "classesDir");
    this.dependencies = List.copyOf(dependencies);
    this.mainClass = mainClass == null || mainClass.isBlank() ? null : mainClass.strip();
    this.jvmFlags = List.copyOf(jvmFlags);
    this.appRoot = Objects.requireNonNull(appRoot, "appRoot");
  }

  /** The directory Maven compiled classes and copied resources to. */
  public Path classesDir() {
    return classesDir;
  }

  /** The runtime dependencies, in classpath order. */
  public List<Dependency> dependencies() {
    return dependencies;
  }

  /** The dependency jars alone. */
  public List<Path> dependencyJars() {
    return dependencies.stream().map(Dependency::jar).toList();
  }

  /**
   * The main class: the configured one, or the single class with a {@code main} method. Empty when
   * the project has no classes and none is configured.
   */
  public Optional<String> mainClass(BuildLog log) throws IOException {
    if (mainClass != null) {
      return Optional.of(mainClass);
    }
    List<Path> classFiles = files(path -> path.toString().endsWith(".class"));
    if (classFiles.isEmpty()) {
      return Optional.empty();
    }
    MainClassFinder.Result result =
        MainClassFinder.find(
            classFiles,
            event -> {
              if (event.getLevel() == LogEvent.Level.WARN) {
                log.warn(event.getMessage());
              } else {
                log.debug(event.getMessage());
              }
            });
    return switch (result.getType()) {
      case MAIN_CLASS_FOUND -> Optional.of(result.getFoundMainClass());
      case MAIN_CLASS_NOT_FOUND ->
          throw new ConfigurationException(
              "No class in "
                  + classesDir
                  + " has a 'public static void main(String[])', so the image"
                  + " would have no Java command. Set <container><mainClass>, or give the image its"
                  + " program with <container><entrypoint>.");
      case MULTIPLE_MAIN_CLASSES ->
          throw new ConfigurationException(
              "Several classes have a main method ("
                  + String.join(", ", result.getFoundMainClasses())
                  + "), so the main class cannot be inferred. Choose one with"
                  + " <container><mainClass>"
                  + result.getFoundMainClasses().get(0)
                  + "</mainClass>.");
    };
  }

  /**
   * {@code java <jvmFlags> -cp <classpath> <mainClass>}, with the classpath of the image's layout.
   */
  public List<String> javaCommand(String resolvedMainClass) {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(
        String.join(
            ":",
            appRoot.resolve("resources").toString(),
            appRoot.resolve("classes").toString(),
            appRoot.resolve("libs").toString() + "/*"));
    command.add(resolvedMainClass);
    return command;
  }

  /** The application's layers, bottom first; empty layers are left out. */
  public List<FileEntriesLayer> layers() throws IOException {
    List<FileEntriesLayer> layers = new ArrayList<>();
    Map<String, Integer> jarNames = new HashMap<>();
    for (Dependency.Kind kind : Dependency.Kind.values()) {
      FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(kind.layerName());
      boolean empty = true;
      for (Dependency dependency : dependencies) {
        if (dependency.kind() == kind && Files.isDirectory(dependency.jar())) {
          throw new ConfigurationException(
              "The dependency "
                  + dependency.jar()
                  + " is a directory: a module of this build that is"
                  + " not packaged yet, so it has no jar to put in the image. Run the build to the"
                  + " package phase at least (mvn package), so that entrypoint:build sees its jar.");
        }
        if (dependency.kind() == kind && Files.isRegularFile(dependency.jar())) {
          layer.addEntry(
              dependency.jar(),
              appRoot.resolve("libs").resolve(uniqueName(dependency.jar(), jarNames)),
              HostFileLayer.FIXED_TIME);
          empty = false;
        }
      }
      if (!empty) {
        layers.add(layer.build());
      }
    }
    addTreeLayer(
        layers,
        "resources",
        appRoot.resolve("resources"),
        path -> !path.toString().endsWith(".class"));
    addTreeLayer(
        layers, "classes", appRoot.resolve("classes"), path -> path.toString().endsWith(".class"));
    return layers;
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
        + appRoot;
  }

  /**
   * Two jars of the same file name (from different groups) keep apart: the second gets a suffix.
   */
  private static String uniqueName(Path jar, Map<String, Integer> seen) {
    String name = jar.getFileName().toString();
    int count = seen.merge(name, 1, Integer::sum);
    if (count == 1) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0
        ? name + "-" + count
        : name.substring(0, dot) + "-" + count + name.substring(dot);
  }

  private void addTreeLayer(
      List<FileEntriesLayer> layers, String name, AbsoluteUnixPath target, Predicate<Path> include)
      throws IOException {
    List<Path> files = files(include);
    if (files.isEmpty()) {
      return;
    }
    FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
    for (Path file : files) {
      layer.addEntry(
          file,
          target.resolve(classesDir.relativize(file).toString().replace('\\', '/')),
          HostFileLayer.FIXED_TIME);
    }
    layers.add(layer.build());
  }

  private List<Path> files(Predicate<Path> include) throws IOException {
    if (!Files.isDirectory(classesDir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(classesDir)) {
      return paths.filter(Files::isRegularFile).filter(include).sorted().toList();
    }
  }
}
