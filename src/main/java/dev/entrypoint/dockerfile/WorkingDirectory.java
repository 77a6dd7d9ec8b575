package dev.entrypoint.dockerfile;

import java.util.ArrayDeque;
import java.util.Deque;

/** The WORKDIR a stage moves to, as Docker's {@code NormalizeWorkdir} computes it on Linux. */
final class WorkingDirectory {

  private WorkingDirectory() {}

  /**
   * {@code requested} as is when absolute; otherwise joined to {@code current} ("" meaning /) and
   * cleaned, as Go's {@code filepath.Join} does.
   */
  static String resolve(String current, String requested) {
    if (requested.startsWith("/")) {
      return requested;
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (current + "/" + requested).split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
