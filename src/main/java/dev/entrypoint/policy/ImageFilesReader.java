package dev.entrypoint.policy;

import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageFiles;
import java.io.IOException;
import java.util.Optional;

/**
 * How a check gets at a built image's file tree, for the rules that read files. The files may be
 * read lazily from the archive, so they are used only while it is open.
 */
@FunctionalInterface
public interface ImageFilesReader {

  /** The merged file tree of the image in {@code archive}, or empty when it cannot be read. */
  Optional<ImageFiles> read(ImageArchive archive) throws IOException;

  /** A reader that reads no files: the rules about files are skipped, and reports say so. */
  static ImageFilesReader none() {
    return archive -> Optional.empty();
  }
}
