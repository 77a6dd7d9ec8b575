package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import dev.entrypoint.AtomicFile;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.JavaApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The layers of a {@link JavaApplication}, bottom first, as Jib 3 lays them out: released
 * dependencies, snapshot dependencies and modules of the same build under {@code libs/}, then
 * {@code resources/} and {@code classes/} (each with the directory tree of the classes directory,
 * as Jib walks it), so a change to a class rebuilds only a small layer, and last the {@code jvm arg
 * files}: the classpath and the main class in {@code jib-classpath-file} and {@code
 * jib-main-class-file}. Every entry has Jib's modes (644, directories 755) and modification time
 * (one second past the epoch). Empty layers are left out.
 */
final class ApplicationLayers {

  private ApplicationLayers() {}

  /**
   * The layers of {@code application}; {@code mainClass} goes in the main-class file when known.
   * The two files are written in {@code workDir} first, and rewritten only when their content
   * changes.
   */
  static List<FileEntriesLayer> of(
      JavaApplication application, Optional<String> mainClass, Path workDir) throws IOException {
    List<FileEntriesLayer> layers = new ArrayList<>();
    List<Dependency> dependencies = application.dependencies();
    List<String> jarNames = application.jarNames();
    AbsoluteUnixPath libs = AbsoluteUnixPath.get(application.inImage("libs"));
    for (Dependency.Kind kind : Dependency.Kind.values()) {
      FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(kind.layerName());
      boolean empty = true;
      for (int i = 0; i < dependencies.size(); i++) {
        Dependency dependency = dependencies.get(i);
        if (dependency.kind() != kind) {
          continue;
        }
        if (Files.isDirectory(dependency.jar())) {
          throw new ConfigurationException(
              "The dependency "
                  + dependency.jar()
                  + " is a directory: a module of this build that is"
                  + " not packaged yet, so it has no jar to put in the image. Run the build to the"
                  + " package phase at least (mvn package), so that entrypoint:build sees its jar.");
        }
        if (Files.isRegularFile(dependency.jar())) {
          layer.addEntry(dependency.jar(), libs.resolve(jarNames.get(i)), HostFileLayer.FIXED_TIME);
          empty = false;
        }
      }
      if (!empty) {
        layers.add(layer.build());
      }
    }
    Path classes = application.classesDir();
    addTree(layers, "resources", classes, application.inImage("resources"), file -> !isClass(file));
    addTree(layers, "classes", classes, application.inImage("classes"), ApplicationLayers::isClass);
    layers.add(jvmArgFiles(application, mainClass, workDir));
    return layers;
  }

  private static FileEntriesLayer jvmArgFiles(
      JavaApplication application, Optional<String> mainClass, Path workDir) throws IOException {
    FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("jvm arg files");
    Path classpath = workDir.resolve("jib-classpath-file");
    writeIfChanged(classpath, String.join(":", application.classpath()));
    layer.addEntry(
        classpath, AbsoluteUnixPath.get(application.classpathFile()), HostFileLayer.FIXED_TIME);
    if (mainClass.isPresent()) {
      Path mainClassFile = workDir.resolve("jib-main-class-file");
      writeIfChanged(mainClassFile, mainClass.get());
      layer.addEntry(
          mainClassFile,
          AbsoluteUnixPath.get(application.mainClassFile()),
          HostFileLayer.FIXED_TIME);
    }
    return layer.build();
  }

  /** Writes {@code content} unless the file holds it already, so Jib's layer cache stays warm. */
  private static void writeIfChanged(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    AtomicFile.write(file, bytes);
  }

  private static boolean isClass(Path file) {
    return file.getFileName().toString().endsWith(".class");
  }

  /**
   * A layer of what is under {@code source}: every directory, and the files {@code include}
   * accepts, as Jib's {@code JavaContainerBuilder} adds them.
   */
  private static void addTree(
      List<FileEntriesLayer> layers,
      String name,
      Path source,
      String target,
      Predicate<Path> include)
      throws IOException {
    if (!Files.isDirectory(source)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(source)) {
      paths =
          walk.filter(path -> !path.equals(source))
              .filter(path -> Files.isDirectory(path) || include.test(path))
              .sorted()
              .toList();
    }
    if (paths.isEmpty()) {
      return;
    }
    AbsoluteUnixPath root = AbsoluteUnixPath.get(target);
    FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
    for (Path path : paths) {
      layer.addEntry(
          path,
          root.resolve(source.relativize(path).toString().replace('\\', '/')),
          HostFileLayer.FIXED_TIME);
    }
    layers.add(layer.build());
  }
}
