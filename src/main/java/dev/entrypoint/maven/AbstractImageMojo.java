package dev.entrypoint.maven;

import dev.entrypoint.image.ImageSource;
import dev.entrypoint.image.LastBuild;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that look at an image, {@code check}, {@code verify} and {@code explain}: by default
 * the one {@code entrypoint:build} made, wherever its target put it, also in a later Maven run.
 */
public abstract class AbstractImageMojo extends AbstractEngineMojo {

  /**
   * The image to look at: {@code tar://PATH} (an image tarball, relative to the project), {@code
   * docker://NAME}, {@code podman://NAME} or a registry reference. Default: the image {@code
   * entrypoint:build} made, wherever its target put it — the tarball, the Docker daemon's image, or
   * the pushed image pinned by digest (recorded in {@code <outputDirectory>/image.source}).
   */
  @Parameter(property = "entrypoint.image")
  protected String image;

  /** The image {@code <image>} names, or else the last build's; empty when there is neither. */
  protected Optional<ImageSource> imageToInspect() throws IOException {
    if (image != null && !image.isBlank()) {
      return Optional.of(ImageSource.parse(image, basedir(), "<image> (entrypoint.image)"));
    }
    return LastBuild.read(outputDirectory.toPath());
  }
}
