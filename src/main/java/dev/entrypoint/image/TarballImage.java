package dev.entrypoint.image;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.Excerpt;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * An image in a {@code docker save} or OCI tarball the user named: what is wrong with it is theirs
 * to fix.
 */
final class TarballImage implements StoredImage {

  private final ImageSource source;
  private ImageArchive archive;

  TarballImage(ImageSource source) {
    this.source = source;
  }

  @Override
  public ImageConfig config() {
    try {
      return archive().config();
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  @Override
  public ImageFiles files() {
    try {
      return LayeredFilesystem.of(archive());
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private ImageArchive archive() {
    if (archive == null) {
      try {
        archive = ImageArchive.open(source.tarPath());
      } catch (NoSuchFileException e) {
        throw new ConfigurationException(
            source
                + ": there is no such file. Build the image first (mvn package runs entrypoint:build),"
                + " save one there (docker save -o "
                + source.tarPath()
                + " NAME), or fix the path.",
            e);
      } catch (IOException e) {
        throw unreadable(e);
      }
    }
    return archive;
  }

  private ConfigurationException unreadable(IOException e) {
    return new ConfigurationException(
        source
            + " cannot be read as an image: "
            + Excerpt.of(String.valueOf(e.getMessage()))
            + ". Point it at a tarball written by"
            + " 'docker save', 'podman save' or entrypoint:build.",
        e);
  }

  @Override
  public void close() {
    if (archive != null) {
      try {
        archive.close();
      } catch (IOException ignored) {
        // Only a read handle: nothing is lost.
      }
    }
  }
}
