package dev.entrypoint.maven;

/**
 * {@code <auth>} on {@code <from>} or {@code <to>}: a user name and password for that image's
 * registry, tried before settings.xml and the Docker and Podman logins.
 */
public class AuthConfiguration {

  /**
   * The user name. Property: {@code entrypoint.from.auth.username} or {@code
   * entrypoint.to.auth.username}.
   */
  String username;

  /**
   * The password or token; never logged. Property: {@code entrypoint.from.auth.password} or {@code
   * entrypoint.to.auth.password}.
   */
  String password;
}
