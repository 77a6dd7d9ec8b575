package dev.entrypoint.process;

/**
 * A process could not be started, was interrupted, or outlived its timeout; the message says which
 * command and why.
 */
public class ProcessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A process failure described by {@code message}, caused by {@code cause}. */
  public ProcessException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A process failure described by {@code message}. */
  public ProcessException(String message) {
    super(message);
  }
}
