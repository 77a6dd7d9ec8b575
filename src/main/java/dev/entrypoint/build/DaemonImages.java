package dev.entrypoint.build;

import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import dev.entrypoint.process.ProcessCommandRunner;
import dev.entrypoint.process.ProcessException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the local Docker daemon holds. */
interface DaemonImages {

  /**
   * The ID of the image the daemon has under {@code name}; empty when it has none or cannot be
   * asked.
   */
  Optional<String> imageId(String name) throws InterruptedException;

  /**
   * The diff IDs of the layers of the image the daemon has under {@code name}; empty when it has
   * none.
   */
  List<String> layers(String name) throws InterruptedException;

  /** Whether the daemon has an image named {@code name} with id {@code imageId}. */
  default boolean hasImage(String name, String imageId) throws InterruptedException {
    return imageId(name).filter(imageId::equals).isPresent();
  }

  /**
   * The daemon {@code docker} talks to, asked with {@code docker image inspect --format}: a few
   * milliseconds, where parsing the whole image description would load a JSON mapper.
   */
  static DaemonImages docker(DockerCli docker) {
    CommandRunner processes = new ProcessCommandRunner();
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
          CommandResult result =
              processes.run(
                  new Command(
                      docker.command("image", "inspect", "--format", format, name),
                      docker.environment(),
                      Duration.ofMinutes(1)));
          return result.succeeded() ? Optional.of(result.stdout().strip()) : Optional.empty();
        } catch (ProcessException noAnswer) {
          if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException(
                "interrupted while asking the Docker daemon about " + name);
          }
          return Optional.empty();
        }
      }
    };
  }
}
