package dev.entrypoint.build;

import dev.entrypoint.ConfigurationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A directory of the build host whose tree goes into the image, as Jib's {@code
 * <extraDirectories><paths><path>}: the files under {@code from}, placed under {@code into},
 * limited to those an {@code includes} glob matches (all when there are none) and no {@code
 * excludes} glob matches. Globs match the path relative to {@code from}, such as {@code bin/*.sh}
 * or {@code **}{@code /*.conf}.
 */
public record ExtraDirectory(Path from, String into, List<String> includes, List<String> excludes) {

  /** Checks that {@code into} is an absolute path and copies the lists. */
  public ExtraDirectory {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(into, "into");
    if (!into.startsWith("/")) {
      throw new ConfigurationException(
          "<extraDirectories><paths><path><into> is '"
              + into
              + "' for "
              + from
              + ": write an absolute path in the image, such as /opt/app.");
    }
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /** All of {@code from}, at the image's root. */
  public static ExtraDirectory at(Path from) {
    return new ExtraDirectory(from, "/", List.of(), List.of());
  }
}
