package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.launch.Resolution;
import dev.entrypoint.policy.ImageInput;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** What an image's launch means when it runs, for the rules that judge it. */
final class Launches {

  private Launches() {}

  /** The argv {@code docker run IMAGE} executes, or empty when it fails (nothing to run). */
  static Optional<List<String>> runArgv(ImageLaunch launch) {
    Resolution resolution = LaunchResolver.resolve(launch, Invocation.run(), EngineKind.DOCKER);
    return Optional.ofNullable(resolution.argv());
  }

  /** Whether the image has an ENTRYPOINT that runs, written in exec form. */
  static boolean hasExecEntrypoint(ImageInput image) {
    return image.launch().hasEntrypoint() && image.entrypointForm() == CommandForm.EXEC;
  }

  /** The image's PATH, or Docker's default when it sets none. */
  static String path(ImageInput image) {
    return image.env().getOrDefault("PATH", LaunchResolver.DEFAULT_PATH);
  }

  /** The working directory a container starts in: the image's, or {@code /}. */
  static String workingDir(String workingDir) {
    return workingDir == null || workingDir.isEmpty() ? "/" : workingDir;
  }

  /**
   * {@code path} made absolute against {@code workingDir}, with {@code .} and {@code ..} resolved.
   */
  static String absolute(String workingDir, String path) {
    String joined = path.startsWith("/") ? path : workingDir(workingDir) + "/" + path;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : joined.split("/")) {
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
