package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A layer of files from the build host that keeps their POSIX permissions (so executables stay
 * executable) and stamps every entry with one fixed time, so the layer is reproducible.
 */
final class HostFileLayer {

  /** Jib's default: one second past the epoch, which some tools treat better than zero. */
  static final Instant FIXED_TIME = Instant.ofEpochSecond(1);

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private HostFileLayer() {}

  /**
   * A layer named {@code name} holding what is under {@code source} at {@code target}; the
   * directory {@code source} itself is not an entry, so {@code target} may be {@code /}.
   */
  static FileEntriesLayer of(String name, Path source, AbsoluteUnixPath target) throws IOException {
    FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
    List<Path> children;
    try (Stream<Path> list = Files.list(source)) {
      children = list.sorted().toList();
    }
    for (Path child : children) {
      layer.addEntryRecursive(
          child,
          target.resolve(child.getFileName().toString()),
          (file, inImage) -> permissions(file),
          (file, inImage) -> FIXED_TIME);
    }
    return layer.build();
  }

  /** The permissions of a host file, or Jib's defaults where the file system has none. */
  static FilePermissions permissions(Path file) {
    if (!POSIX) {
      return Files.isDirectory(file)
          ? FilePermissions.DEFAULT_FOLDER_PERMISSIONS
          : FilePermissions.DEFAULT_FILE_PERMISSIONS;
    }
    try {
      return FilePermissions.fromPosixFilePermissions(Files.getPosixFilePermissions(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
