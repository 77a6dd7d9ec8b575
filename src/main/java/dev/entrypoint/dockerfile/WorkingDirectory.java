package dev.entrypoint.dockerfile;

import dev.entrypoint.UnixPath;

/** The WORKDIR a stage moves to, as Docker's {@code NormalizeWorkdir} computes it on Linux. */
final class WorkingDirectory {

  private WorkingDirectory() {}

  /**
   * {@code requested} as is when absolute; otherwise joined to {@code current} ("" meaning /) and
   * cleaned, as Go's {@code filepath.Join} does.
   */
  static String resolve(String current, String requested) {
    return requested.startsWith("/") ? requested : UnixPath.resolve(current, requested);
  }
}
