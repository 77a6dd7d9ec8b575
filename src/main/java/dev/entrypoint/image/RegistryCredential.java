package dev.entrypoint.image;

import com.google.cloud.tools.jib.api.Credential;
import java.util.Objects;

/**
 * A registry credential and where it came from: the source names the pom element, {@code -D}
 * property, settings.xml server, auth file or credential helper, and the fix says what to change
 * when the registry refuses it. {@link #toString()} never shows the secret.
 */
public final class RegistryCredential {

  private final Credential credential;
  private final String source;
  private final String fix;

  RegistryCredential(Credential credential, String source, String fix) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.source = Objects.requireNonNull(source, "source");
    this.fix = Objects.requireNonNull(fix, "fix");
  }

  /** The user name and password (or token) to send; never log it. */
  public Credential credential() {
    return credential;
  }

  /**
   * Where the credential came from, such as {@code Docker config /home/me/.docker/config.json
   * (auths)}.
   */
  public String source() {
    return source;
  }

  /** What to change when the registry refuses this credential. */
  public String fix() {
    return fix;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegistryCredential that
        && credential.equals(that.credential)
        && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(credential, source);
  }

  /** The source and user name, never the password. */
  @Override
  public String toString() {
    return "user '" + credential.getUsername() + "' from " + source;
  }
}
