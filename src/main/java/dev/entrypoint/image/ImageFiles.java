package dev.entrypoint.image;

import java.util.Optional;

/**
 * The files of an image as a container sees them: every layer applied in order, whiteouts honoured.
 * Paths are absolute Unix paths.
 */
public interface ImageFiles {

  /** The entry at {@code path} itself; a symlink there is returned, not followed. */
  Optional<ImageFile> lookup(String path);

  /**
   * The entry {@code path} leads to, following symlinks in every component as the kernel does
   * (relative targets against the link's directory, absolute ones against the image root), or empty
   * when nothing is there or the links loop.
   */
  Optional<ImageFile> resolve(String path);

  /**
   * Where {@code execvp} would find {@code command}: itself when it contains a slash, otherwise the
   * first executable regular file named so in a directory of {@code pathVariable} ({@code
   * /usr/bin:/bin}). Returns the absolute path searched, unresolved.
   */
  Optional<String> findExecutable(String command, String pathVariable);
}
