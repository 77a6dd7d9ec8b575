package dev.entrypoint.policy;

import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.image.LayeredFilesystem;
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

  /** Reads the files by applying the archive's layers, as a container runtime does. */
  static ImageFilesReader layers() {
    return archive -> Optional.of(LayeredFilesystem.of(archive));
  }
}
