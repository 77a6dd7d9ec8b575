package dev.entrypoint.build;

import dev.entrypoint.ShownPath;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.launch.Resolution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few lines that end a build: what was made, where, its digest and size, and what it runs. An
 * image found up to date is not described again beyond its name, place, digest and id: showing its
 * launch would load a JSON mapper, which takes longer than the rest of such a build, and the build
 * that made the image showed it.
 */
public final class BuildSummary {

  private BuildSummary() {}

  /** The summary of {@code image}; paths are shown relative to {@code baseDir}. */
  public static List<String> of(BuiltImage image, Path baseDir) {
    List<String> lines = new ArrayList<>();
    String name = image.names().get(0);
    String where =
        switch (image.target().kind()) {
          case TAR ->
              image.tarball().map(tar -> ShownPath.of(baseDir, tar)).orElse("?")
                  + ", "
                  + size(image.sizeBytes())
                  + ", "
                  + image.layerCount()
                  + " layers";
          case DOCKER -> "loaded into the Docker daemon";
          case REGISTRY -> "pushed to " + image.target().registry();
        };
    lines.add(
        (image.reused() ? "Image is up to date: " : "Built image ")
            + String.join(", ", image.names())
            + " ("
            + where
            + ")");
    lines.add("  digest    " + image.digest());
    lines.add("  image id  " + image.imageId());
    if (image.launch() != null && !image.reused()) {
      lines.add("  " + image.launch());
      Resolution run = LaunchResolver.resolve(image.launch(), Invocation.run(), EngineKind.DOCKER);
      lines.add(
          "  'docker run "
              + name
              + "' executes: "
              + (run.runs() ? Argv.shellQuoted(run.argv()) : "nothing (" + run.error() + ")"));
    }
    return lines;
  }

  /** {@code bytes} in decimal units, as {@code docker image ls} shows sizes. */
  static String size(long bytes) {
    if (bytes < 1_000) {
      return bytes + " B";
    }
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    if (bytes < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }
}
