package dev.entrypoint.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What the local Docker daemon holds. */
interface DaemonImages {

  /** The ID of the image the daemon has under {@code name}; empty when it has none or cannot be asked. */
  Optional<String> imageId(String name) throws InterruptedException;

  /** The diff IDs of the layers of the image the daemon has under {@code name}; empty when it has none. */
  List<String> layers(String name) throws InterruptedException;

  /** Whether the daemon has an image named {@code name} with id {@code imageId}. */
  default boolean hasImage(String name, String imageId) throws InterruptedException {
    return imageId(name).filter(imageId::equals).isPresent();
  }

  /**
   * The daemon {@code docker} on the PATH talks to, asked with {@code docker image inspect --format}:
   * a few milliseconds, where parsing the whole image description would load a JSON mapper.
   */
  static DaemonImages docker() {
    return new DaemonImages() {
      @Override
      public Optional<String> imageId(String name) throws InterruptedException {
        return inspect(name, "{{.Id}}").filter(id -> id.startsWith("sha256:"));
      }

      @Override
      public List<String> layers(String name) throws InterruptedException {
        return inspect(name, "{{range .RootFS.Layers}}{{println .}}{{end}}")
            .map(lines -> lines.lines().filter(line -> line.startsWith("sha256:")).toList())
            .orElse(List.of());
      }

      private Optional<String> inspect(String name, String format) throws InterruptedException {
        try {
          Process inspect = new ProcessBuilder("docker", "image", "inspect", "--format", format, name)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
          String output = new String(inspect.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
          if (!inspect.waitFor(1, TimeUnit.MINUTES)) {
            inspect.destroyForcibly();
            return Optional.empty();
          }
          return inspect.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException noDocker) {
          return Optional.empty();
        }
      }
    };
  }
}
