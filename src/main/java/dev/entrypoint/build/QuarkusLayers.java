package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import dev.entrypoint.project.QuarkusApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The layers of a {@link QuarkusApplication}, bottom first, split as Jib's Quarkus extension splits
 * them so that what changes least is reused most: Quarkus' boot libraries ({@code lib/boot}), the
 * released and the snapshot libraries of {@code lib/main}, {@code quarkus-run.jar} and the other
 * files at the top, what the build generated ({@code quarkus/}), and the application's own jar
 * ({@code app/}). Empty layers are left out.
 */
final class QuarkusLayers {

  private QuarkusLayers() {}

  static List<FileEntriesLayer> of(QuarkusApplication application) throws IOException {
    Map<String, FileEntriesLayer.Builder> layers = new LinkedHashMap<>();
    for (String name :
        List.of(
            "quarkus boot libraries",
            "dependencies",
            "snapshot dependencies",
            "quarkus runner",
            "quarkus generated",
            "application")) {
      layers.put(name, FileEntriesLayer.builder().setName(name));
    }
    Path root = application.directory();
    AbsoluteUnixPath target = AbsoluteUnixPath.get(application.appRoot());
    List<Path> files;
    try (Stream<Path> paths = Files.walk(root)) {
      files = paths.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      layers
          .get(layerOf(relative))
          .addEntry(file, target.resolve(relative), HostFileLayer.FIXED_TIME);
    }
    List<FileEntriesLayer> built = new ArrayList<>();
    for (FileEntriesLayer.Builder layer : layers.values()) {
      FileEntriesLayer candidate = layer.build();
      if (!candidate.getEntries().isEmpty()) {
        built.add(candidate);
      }
    }
    return built;
  }

  /** The layer of a file, by its path under {@code quarkus-app}. */
  static String layerOf(String relative) {
    if (relative.startsWith("lib/boot/")) {
      return "quarkus boot libraries";
    }
    if (relative.startsWith("lib/")) {
      return relative.contains("-SNAPSHOT") ? "snapshot dependencies" : "dependencies";
    }
    if (relative.startsWith("quarkus/")) {
      return "quarkus generated";
    }
    if (relative.startsWith("app/")) {
      return "application";
    }
    return "quarkus runner";
  }
}
