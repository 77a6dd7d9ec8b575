package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.docker.CliDockerClient;
import java.io.IOException;
import java.security.DigestException;
import java.util.Map;

/** What the local Docker daemon holds, asked through Jib's Docker client. */
interface DaemonImages {

  /** Whether the daemon has an image named {@code name} with id {@code imageId}. */
  boolean hasImage(String name, String imageId) throws InterruptedException;

  /** The daemon {@code docker} on the PATH talks to, with this process's environment. */
  static DaemonImages docker() {
    CliDockerClient client = new CliDockerClient(CliDockerClient.DEFAULT_DOCKER_CLIENT, Map.of());
    return (name, imageId) -> {
      try {
        return client.inspect(ImageReference.parse(name)).getImageId().toString().equals(imageId);
      } catch (IOException | DigestException | InvalidImageReferenceException absent) {
        return false;
      }
    };
  }
}
