package dev.entrypoint.policy;

import dev.entrypoint.ConfigurationException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.regex.PatternSyntaxException;

/**
 * A path glob as a pom writes it, in {@code <suppression><path>}, {@code <includes>} or {@code
 * <excludes>}: {@code *} and {@code ?} within a name, {@code **} across directories, {@code [...]}
 * and {@code {a,b}} as in a shell.
 */
final class Glob {

  private Glob() {}

  /**
   * The matcher of {@code glob}; a glob that does not parse is the user's mistake, named by {@code
   * element}.
   */
  static PathMatcher matcher(String glob, String element) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException invalid) {
      throw new ConfigurationException(
          element
              + " holds '"
              + glob
              + "', which is not a glob ("
              + invalid.getDescription()
              + "). Close every [ and {, and put a backslash before a [, {, * or ? that is part of"
              + " a name, as in docker/**/Dockerfile or legacy\\[1\\]/Dockerfile.",
          invalid);
    }
  }
}
