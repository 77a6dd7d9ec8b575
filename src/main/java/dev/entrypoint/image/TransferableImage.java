package dev.entrypoint.image;

import java.nio.file.Path;

/** A stored image that can be written as a tarball an engine loads, to move it to that engine. */
interface TransferableImage extends StoredImage {

  /**
   * Writes the image to {@code tarball} in {@code docker save} format, tagged {@code name}, which
   * Docker and Podman load.
   */
  void saveTo(Path tarball, String name) throws ImageReadException;
}
