package dev.entrypoint.image;

/**
 * An image could not be read although the user's configuration may be right: an engine or a
 * registry that cannot be reached, an engine command that failed, a disk that is full. The message
 * says what failed and what to do; a mistake in the configuration is a {@link
 * dev.entrypoint.ConfigurationException} instead.
 */
public final class ImageReadException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public ImageReadException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public ImageReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
