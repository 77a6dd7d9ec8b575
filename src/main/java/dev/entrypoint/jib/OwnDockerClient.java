package dev.entrypoint.jib;

import com.google.cloud.tools.jib.api.DescriptorDigest;
import com.google.cloud.tools.jib.api.DockerClient;
import com.google.cloud.tools.jib.api.ImageDetails;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.docker.CliDockerClient;
import com.google.cloud.tools.jib.image.ImageTarball;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * jib-core's Docker client, which runs the {@code docker} command line, with {@code docker load} or
 * {@code docker save} done by the plugin's own {@link Load} or {@link Save} where one is given:
 * jib-core's image tarball reaches a load as a {@link Tarball} to write, which jib-core can still
 * load whole, and a save as a {@link Saving} to make, which jib-core can still make itself.
 */
public final class OwnDockerClient implements DockerClient {

  /** A {@code docker load} of jib-core's image tarball. */
  public interface Load {

    /** Loads {@code tarball} into the daemon; {@code docker load}'s output. */
    String load(Tarball tarball) throws InterruptedException, IOException;
  }

  /** A {@code docker save} of an image jib-core starts from. */
  public interface Save {

    /** Writes the {@code docker save} tarball {@code saving} asks for. */
    void save(Saving saving) throws InterruptedException, IOException;
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

  /** The {@code docker save} tarball of a base image that jib-core asks for. */
  public static final class Saving {

    private final ImageReference image;
    private final ImageDetails details;
    private final Path output;
    private final CliDockerClient jib;
    private final Consumer<Long> writtenBytes;

    private Saving(
        ImageReference image,
        ImageDetails details,
        Path output,
        CliDockerClient jib,
        Consumer<Long> writtenBytes) {
      this.image = image;
      this.details = details;
      this.output = output;
      this.jib = jib;
      this.writtenBytes = writtenBytes;
    }

    /** The image to save, as {@code docker save} names it. */
    public String image() {
      return image.toString();
    }

    /** The diff IDs of the image's layers, bottom first. */
    public List<String> diffIds() throws IOException {
      try {
        return details.getDiffIds().stream().map(DescriptorDigest::toString).toList();
      } catch (DigestException e) {
        throw new IOException("Docker described " + image + " with a malformed diff ID", e);
      }
    }

    /** Where the tarball goes. */
    public Path output() {
      return output;
    }

    /** Tells jib-core's progress that {@code bytes} more have been saved. */
    public void saved(long bytes) {
      writtenBytes.accept(bytes);
    }

    /** Saves the image as jib-core does, to {@link #output()}. */
    public void saveAsJib() throws InterruptedException, IOException {
      jib.save(image, output, writtenBytes);
    }
  }

  private final CliDockerClient jib;
  private final Load load;
  private final Save save;
  private volatile Inspected lastInspected;

  /** The details {@code docker image inspect} gave for {@code image}. */
  private record Inspected(ImageReference image, ImageDetails details) {}

  private OwnDockerClient(Path executable, Map<String, String> environment, Load load, Save save) {
    this.jib = new CliDockerClient(executable, environment);
    this.load = load;
    this.save = save;
  }

  /**
   * jib-core's client for the {@code docker} at {@code executable}, run with {@code environment}
   * added to the inherited one, loading images with {@code load}.
   */
  public static OwnDockerClient loadingWith(
      Path executable, Map<String, String> environment, Load load) {
    return new OwnDockerClient(executable, environment, load, null);
  }

  /** jib-core's client as {@link #loadingWith}, saving images with {@code save}. */
  public static OwnDockerClient savingWith(
      Path executable, Map<String, String> environment, Save save) {
    return new OwnDockerClient(executable, environment, null, save);
  }

  @Override
  public boolean supported(Map<String, String> parameters) {
    return jib.supported(parameters);
  }

  @Override
  public String load(ImageTarball tarball, Consumer<Long> writtenBytes)
      throws InterruptedException, IOException {
    Tarball whole = new Tarball(tarball, jib, writtenBytes);
    return load == null ? whole.loadWhole() : load.load(whole);
  }

  @Override
  public void save(ImageReference image, Path outputPath, Consumer<Long> writtenBytes)
      throws InterruptedException, IOException {
    if (save == null) {
      jib.save(image, outputPath, writtenBytes);
      return;
    }
    // jib-core inspects the image right before it saves it.
    Inspected last = lastInspected;
    ImageDetails details =
        last != null && last.image().equals(image) ? last.details() : inspect(image);
    save.save(new Saving(image, details, outputPath, jib, writtenBytes));
  }

  @Override
  public ImageDetails inspect(ImageReference image) throws IOException, InterruptedException {
    ImageDetails details = jib.inspect(image);
    lastInspected = new Inspected(image, details);
    return details;
  }
}
