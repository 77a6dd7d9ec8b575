package dev.entrypoint.jib;

import com.google.cloud.tools.jib.global.JibSystemProperties;

/**
 * jib-core's JVM-wide switch that lets it send credentials to a registry over plain HTTP (its
 * {@code sendCredentialsOverHttp} system property): remembered as it is, turned on for one build,
 * then put back.
 */
public final class CredentialsOverHttpSwitch {

  private static final String PROPERTY = JibSystemProperties.SEND_CREDENTIALS_OVER_HTTP;

  private final String before;

  private CredentialsOverHttpSwitch(String before) {
    this.before = before;
  }

  /** The switch as it is now, to be put back so by {@link #restore()}. */
  public static CredentialsOverHttpSwitch remember() {
    return new CredentialsOverHttpSwitch(System.getProperty(PROPERTY));
  }

  /** Lets jib-core send credentials over plain HTTP, for the whole JVM. */
  public void turnOn() {
    System.setProperty(PROPERTY, "true");
  }

  /** Puts the switch back as it was when remembered. */
  public void restore() {
    if (before == null) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, before);
    }
  }
}
