package dev.entrypoint.image;

/**
 * One image where it is stored, read through that place's own channel: a tarball, an engine's
 * storage, a registry. {@link ImageReader} asks each at most once for its config and its files.
 */
interface StoredImage {

  /** The image's config. */
  ImageConfig config() throws ImageReadException;

  /** The image's files, every layer applied. */
  ImageFiles files() throws ImageReadException;

  /** Removes every temporary file made for the image; never fails. */
  void close();
}
