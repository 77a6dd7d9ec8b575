package dev.entrypoint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This plugin's version, as Maven recorded it in the jar; {@code development} when run from
 * classes.
 */
public final class PluginVersion {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.entrypoint/entrypoint-maven-plugin/pom.properties";
  private static final String VERSION = read();

  private PluginVersion() {}

  /** The version, such as {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = PluginVersion.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "development";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "development");
    } catch (IOException e) {
      return "development";
    }
  }
}
