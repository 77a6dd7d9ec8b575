package dev.entrypoint;

/**
 * The user's configuration cannot work. The message names the pom element (or Dockerfile line) at
 * fault and says how to fix it; a Mojo reports it as a build failure, not as a crash.
 */
public class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
