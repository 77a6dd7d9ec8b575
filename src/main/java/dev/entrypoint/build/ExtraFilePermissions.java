package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import dev.entrypoint.ConfigurationException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jib's {@code <extraDirectories><permissions>}: octal modes for the extra files, by their path in
 * the image or a glob on it ({@code /app/bin/*}). A path named exactly wins; otherwise the first
 * glob that matches, in the order written.
 */
public final class ExtraFilePermissions {

  private static final ExtraFilePermissions NONE = new ExtraFilePermissions(Map.of());

  private final Map<String, FilePermissions> modes;
  private final List<Map.Entry<PathMatcher, FilePermissions>> globs = new ArrayList<>();

  private ExtraFilePermissions(Map<String, FilePermissions> modes) {
    this.modes = Collections.unmodifiableMap(new LinkedHashMap<>(modes));
    modes.forEach(
        (pattern, mode) ->
            globs.add(Map.entry(FileSystems.getDefault().getPathMatcher("glob:" + pattern), mode)));
  }

  /** No modes: every file gets its default. */
  public static ExtraFilePermissions none() {
    return NONE;
  }

  /**
   * The modes of {@code patterns}, each a path or glob in the image mapped to three octal digits
   * such as {@code 755}, in the order written.
   *
   * @throws ConfigurationException naming the first pattern whose mode is not three octal digits
   */
  public static ExtraFilePermissions of(Map<String, String> patterns) {
    Map<String, FilePermissions> modes = new LinkedHashMap<>();
    patterns.forEach(
        (pattern, mode) -> {
          if (pattern == null || pattern.isBlank() || mode == null) {
            throw new ConfigurationException(
                "<extraDirectories><permissions> has a <permission> without a <file> or a <mode>:"
                    + " give both, such as <file>/app/run.sh</file><mode>755</mode>.");
          }
          try {
            modes.put(pattern.strip(), FilePermissions.fromOctalString(mode.strip()));
          } catch (IllegalArgumentException e) {
            throw new ConfigurationException(
                "<extraDirectories><permissions>: the mode of "
                    + pattern
                    + " is '"
                    + mode
                    + "', which is not three octal digits: write one such as 755 or 644.");
          }
        });
    return new ExtraFilePermissions(modes);
  }

  /** The mode for the file at {@code pathInImage}, if a pattern gives one. */
  Optional<FilePermissions> modeOf(String pathInImage) {
    FilePermissions exact = modes.get(pathInImage);
    if (exact != null) {
      return Optional.of(exact);
    }
    Path path = Path.of(pathInImage);
    return globs.stream()
        .filter(glob -> glob.getKey().matches(path))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExtraFilePermissions that && modes.equals(that.modes);
  }

  @Override
  public int hashCode() {
    return modes.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    modes.forEach(
        (pattern, mode) ->
            text.append(text.length() == 0 ? "" : ",")
                .append(pattern)
                .append('=')
                .append(mode.toOctalString()));
    return text.toString();
  }
}
