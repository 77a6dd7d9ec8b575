package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.docker.CliDockerClient;
import java.io.IOException;
import java.security.DigestException;
import java.util.Map;
import java.util.Optional;

/** What the local Docker daemon holds, asked through Jib's Docker client. */
interface DaemonImages {

  /** The ID of the image the daemon has under {@code name}; empty when it has none or cannot be asked. */
  Optional<String> imageId(String name) throws InterruptedException;

  /** Whether the daemon has an image named {@code name} with id {@code imageId}. */
  default boolean hasImage(String name, String imageId) throws InterruptedException {
    return imageId(name).filter(imageId::equals).isPresent();
  }

  /** The daemon {@code docker} on the PATH talks to, with this process's environment. */
  static DaemonImages docker() {
    CliDockerClient client = new CliDockerClient(CliDockerClient.DEFAULT_DOCKER_CLIENT, Map.of());
    return name -> {
      try {
        return Optional.of(client.inspect(ImageReference.parse(name)).getImageId().toString());
      } catch (IOException | DigestException | InvalidImageReferenceException absent) {
        return Optional.empty();
      }
    };
  }
}
