package dev.entrypoint.build;

import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import dev.entrypoint.process.ProcessCommandRunner;
import dev.entrypoint.process.ProcessException;
import java.io.IOException;
import java.nio.file.Path;
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

  /**
   * Loads the {@code docker save} tarball {@code tarball}, which may leave out the layer files of
   * layer chains the daemon holds.
   *
   * @throws IOException when the daemon does not load it
   */
  void load(Path tarball) throws IOException, InterruptedException;

  /** Whether the daemon has an image named {@code name} with id {@code imageId}. */
  default boolean hasImage(String name, String imageId) throws InterruptedException {
    return imageId(name).filter(imageId::equals).isPresent();
  }

  /**
   * The daemon {@code docker} talks to: asked on its socket where the command line would reach the
   * same one (see {@link DockerSocket}), else with {@code docker image inspect --format}, which
   * needs no JSON mapper either.
   */
  static DaemonImages docker(DockerCli docker) {
    CommandRunner processes = new ProcessCommandRunner();
    Optional<DockerSocket> socket =
        DockerSocket.of(docker, System.getenv(), Path.of(System.getProperty("user.home")));
    return new DaemonImages() {
      @Override
      public Optional<String> imageId(String name) throws InterruptedException {
        if (socket.isPresent()) {
          try {
            return socket.get().imageId(name);
          } catch (IOException | RuntimeException e) {
            // The command line says what went wrong, or answers.
          }
        }
        return inspect(name, "{{.Id}}").filter(id -> id.startsWith("sha256:"));
      }

      @Override
      public List<String> layers(String name) throws InterruptedException {
        if (socket.isPresent()) {
          try {
            return socket.get().layers(name);
          } catch (IOException | RuntimeException e) {
            // The command line says what went wrong, or answers.
          }
        }
        return inspect(name, "{{range .RootFS.Layers}}{{println .}}{{end}}")
            .map(lines -> lines.lines().filter(line -> line.startsWith("sha256:")).toList())
            .orElse(List.of());
      }

      @Override
      public void load(Path tarball) throws IOException, InterruptedException {
        if (socket.isPresent()) {
          socket.get().load(tarball);
          return;
        }
        try {
          CommandResult result =
              processes.run(
                  new Command(
                      docker.command("load", "-i", tarball.toString()),
                      docker.environment(),
                      Duration.ofMinutes(10)));
          if (!result.succeeded()) {
            throw new IOException("'docker load' failed: " + result.stderr().strip());
          }
        } catch (ProcessException e) {
          if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted while loading " + tarball);
          }
          throw new IOException("'docker load' did not run: " + e.getMessage(), e);
        }
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
