package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.FilePermissionsProvider;
import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The layer of one {@link ExtraDirectory}, built as Jib's {@code extraDirectories} are: every path
 * under {@code from} (directories too) that the filters keep, at its place under {@code into}, with
 * the mode {@link ExtraFilePermissions} gives it or else a default, and Jib's modification time
 * (one second past the epoch). An excluded directory is left out, but not what is under it unless a
 * glob excludes that too; parent directories the layer needs anyway get mode 755.
 */
final class ExtraDirectoryLayer {

  /** Jib's defaults: 644 for files, 755 for directories. */
  static final FilePermissionsProvider JIB_DEFAULTS =
      (file, inImage) ->
          Files.isDirectory(file)
              ? FilePermissions.DEFAULT_FOLDER_PERMISSIONS
              : FilePermissions.DEFAULT_FILE_PERMISSIONS;

  private ExtraDirectoryLayer() {}

  /**
   * The layers of extra files, bottom first: {@code extraDirectory} ({@code <extraDirectory>}, when
   * it exists), whose files keep their host permissions, unless one of {@code directories} (Jib's
   * {@code <extraDirectories>}) names it too; then each of {@code directories}, with Jib's default
   * modes. {@code permissions} apply to all of them.
   */
  static List<FileEntriesLayer> all(
      Optional<Path> extraDirectory,
      List<ExtraDirectory> directories,
      ExtraFilePermissions permissions)
      throws IOException {
    List<FileEntriesLayer> layers = new ArrayList<>();
    Optional<Path> hostModes =
        extraDirectory
            .filter(Files::isDirectory)
            .filter(dir -> directories.stream().noneMatch(d -> sameFile(d.from(), dir)));
    if (hostModes.isPresent()) {
      layers.add(
          of(
              ExtraDirectory.at(hostModes.get()),
              permissions,
              (file, inImage) -> HostFileLayer.permissions(file)));
    }
    for (ExtraDirectory directory : directories) {
      layers.add(of(directory, permissions, JIB_DEFAULTS));
    }
    return layers;
  }

  private static boolean sameFile(Path one, Path other) {
    return one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
  }

  /**
   * The layer of {@code directory}, with modes from {@code permissions} or else from {@code
   * defaults}.
   *
   * @throws ConfigurationException when {@code directory} does not exist
   */
  static FileEntriesLayer of(
      ExtraDirectory directory, ExtraFilePermissions permissions, FilePermissionsProvider defaults)
      throws IOException {
    Path from = directory.from();
    if (!Files.isDirectory(from)) {
      throw new ConfigurationException(
          "<extraDirectories><paths><path> names "
              + from
              + ", which is not a directory: create it, or fix the path (relative paths start at"
              + " the project's directory).");
    }
    Predicate<Path> kept = path -> !path.equals(from);
    for (String exclude : directory.excludes()) {
      PathMatcher matcher = glob(exclude);
      kept = kept.and(path -> !matcher.matches(from.relativize(path)));
    }
    if (!directory.includes().isEmpty()) {
      List<PathMatcher> includes =
          directory.includes().stream().map(ExtraDirectoryLayer::glob).toList();
      kept =
          kept.and(
              path ->
                  includes.stream().anyMatch(matcher -> matcher.matches(from.relativize(path))));
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(from)) {
      paths = walk.filter(kept).sorted().toList();
    }
    AbsoluteUnixPath into = AbsoluteUnixPath.get(directory.into());
    FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("extra files");
    for (Path path : paths) {
      AbsoluteUnixPath inImage = into.resolve(from.relativize(path).toString().replace('\\', '/'));
      FilePermissions mode =
          permissions.modeOf(inImage.toString()).orElseGet(() -> defaults.get(path, inImage));
      layer.addEntry(path, inImage, mode, HostFileLayer.FIXED_TIME);
    }
    return layer.build();
  }

  private static PathMatcher glob(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }
}
