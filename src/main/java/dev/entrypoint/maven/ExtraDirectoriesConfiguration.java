package dev.entrypoint.maven;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.build.ExtraDirectory;
import dev.entrypoint.build.ExtraFilePermissions;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <extraDirectories>}, written as for jib-maven-plugin: {@code <paths>} of directories to
 * copy into the image and {@code <permissions>} for their files. Properties: {@code
 * entrypoint.extraDirectories.paths} (comma-separated directories, each copied to {@code /}) and
 * {@code entrypoint.extraDirectories.permissions} ({@code /app/run.sh=755,/app/conf/*=640}).
 */
public class ExtraDirectoriesConfiguration {

  /**
   * The directories, each a {@code <path>}: either the directory alone ({@code
   * <path>src/main/extra</path>}, copied to {@code /}) or {@code <from>}, {@code <into>}, {@code
   * <includes>} and {@code <excludes>}.
   */
  List<PathConfiguration> paths = new ArrayList<>();

  /**
   * Modes by path or glob in the image, each a {@code <permission>} with {@code <file>}, {@code
   * <mode>}.
   */
  List<PermissionConfiguration> permissions = new ArrayList<>();

  /** One {@code <path>}. */
  public static class PathConfiguration {

    /** The directory on the build host; relative to the project's directory. */
    File from;

    /** Where its files go in the image, an absolute path; {@code /} by default. */
    String into = "/";

    /** Globs on the path under {@code from} of the files to copy; all when there are none. */
    List<String> includes = new ArrayList<>();

    /** Globs on the path under {@code from} of the files to leave out. */
    List<String> excludes = new ArrayList<>();

    /** {@code <path>DIR</path>}: the whole directory, copied to {@code /}. */
    public void set(File directory) {
      from = directory;
      into = "/";
    }
  }

  /** One {@code <permission>}. */
  public static class PermissionConfiguration {

    /** A path in the image, or a glob on it such as {@code /app/bin/*}. */
    String file;

    /** Three octal digits, such as {@code 755}. */
    String mode;
  }

  /** The directories, with {@code -Dentrypoint.extraDirectories.paths} applied. */
  List<ExtraDirectory> directories(PluginSettings read, Path basedir) {
    List<String> property =
        read.list(NestedProperty.EXTRA_DIRECTORIES_PATHS, paths.isEmpty() ? null : List.of());
    if (property != null && !property.isEmpty()) {
      return property.stream().map(dir -> ExtraDirectory.at(basedir.resolve(dir))).toList();
    }
    List<ExtraDirectory> directories = new ArrayList<>();
    for (PathConfiguration path : paths) {
      if (path.from == null) {
        throw new ConfigurationException(
            "<extraDirectories><paths> has a <path> without <from>: name the directory to copy,"
                + " such as <from>src/main/extra</from>.");
      }
      directories.add(
          new ExtraDirectory(
              basedir.resolve(path.from.toPath()), path.into, path.includes, path.excludes));
    }
    return directories;
  }

  /** The modes, with {@code -Dentrypoint.extraDirectories.permissions} applied. */
  ExtraFilePermissions filePermissions(PluginSettings read) {
    Map<String, String> modes = new LinkedHashMap<>();
    for (PermissionConfiguration permission : permissions) {
      modes.put(permission.file, permission.mode);
    }
    return ExtraFilePermissions.of(read.map(NestedProperty.EXTRA_DIRECTORIES_PERMISSIONS, modes));
  }
}
