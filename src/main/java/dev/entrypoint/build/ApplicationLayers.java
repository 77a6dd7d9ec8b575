package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.JavaApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The layers of a {@link JavaApplication}, bottom first, as Jib lays them out: released
 * dependencies, snapshot dependencies and modules of the same build under {@code libs/}, then
 * {@code resources/} and {@code classes/}, so a change to a class rebuilds only the small top
 * layer. Empty layers are left out.
 */
final class ApplicationLayers {

  private ApplicationLayers() {}

  static List<FileEntriesLayer> of(JavaApplication application) throws IOException {
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
    return layers;
  }

  private static boolean isClass(Path file) {
    return file.toString().endsWith(".class");
  }

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
    List<Path> files;
    try (Stream<Path> paths = Files.walk(source)) {
      files = paths.filter(Files::isRegularFile).filter(include).sorted().toList();
    }
    if (files.isEmpty()) {
      return;
    }
    AbsoluteUnixPath root = AbsoluteUnixPath.get(target);
    FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
    for (Path file : files) {
      layer.addEntry(
          file,
          root.resolve(source.relativize(file).toString().replace('\\', '/')),
          HostFileLayer.FIXED_TIME);
    }
    layers.add(layer.build());
  }
}
