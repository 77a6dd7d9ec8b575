package dev.entrypoint.build;

/**
 * The build could not run: a registry or daemon that cannot be reached, a base image that cannot be
 * read, a disk that is full. The message says what failed and what to do about it.
 */
public final class ImageBuildException extends Exception {

  private static final long serialVersionUID = 1L;

  public ImageBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
