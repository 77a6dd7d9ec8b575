package dev.entrypoint.jib;

import com.google.cloud.tools.jib.api.DockerClient;
import com.google.cloud.tools.jib.api.ImageDetails;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.docker.CliDockerClient;
import com.google.cloud.tools.jib.image.ImageTarball;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * jib-core's Docker client, which runs the {@code docker} command line, with {@code docker load}
 * done by a {@link Load} of the plugin's own: jib-core's image tarball reaches it as a {@link
 * Tarball} to write, which jib-core can still load whole.
 */
public final class DockerClientWithOwnLoad implements DockerClient {

  /** A {@code docker load} of jib-core's image tarball. */
  public interface Load {

    /** Loads {@code tarball} into the daemon; {@code docker load}'s output. */
    String load(Tarball tarball) throws InterruptedException, IOException;
  }

  /** jib-core's tarball of the image it built, on its way to {@code docker load}. */
  public static final class Tarball {

    private final ImageTarball tarball;
    private final CliDockerClient jib;
    private final Consumer<Long> writtenBytes;

    private Tarball(ImageTarball tarball, CliDockerClient jib, Consumer<Long> writtenBytes) {
      this.tarball = tarball;
      this.jib = jib;
      this.writtenBytes = writtenBytes;
    }

    /** Writes the tarball to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
      tarball.writeTo(out);
    }

    /** Loads the whole tarball as jib-core does; {@code docker load}'s output. */
    public String loadWhole() throws InterruptedException, IOException {
      return jib.load(tarball, writtenBytes);
    }
  }

  private final CliDockerClient jib;
  private final Load load;

  /**
   * jib-core's client for the {@code docker} at {@code executable}, run with {@code environment}
   * added to the inherited one, loading images with {@code load}.
   */
  public DockerClientWithOwnLoad(Path executable, Map<String, String> environment, Load load) {
    this.jib = new CliDockerClient(executable, environment);
    this.load = load;
  }

  @Override
  public boolean supported(Map<String, String> parameters) {
    return jib.supported(parameters);
  }

  @Override
  public String load(ImageTarball tarball, Consumer<Long> writtenBytes)
      throws InterruptedException, IOException {
    return load.load(new Tarball(tarball, jib, writtenBytes));
  }

  @Override
  public void save(ImageReference image, Path outputPath, Consumer<Long> writtenBytes)
      throws InterruptedException, IOException {
    jib.save(image, outputPath, writtenBytes);
  }

  @Override
  public ImageDetails inspect(ImageReference image) throws IOException, InterruptedException {
    return jib.inspect(image);
  }
}
