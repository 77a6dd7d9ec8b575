package dev.entrypoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This plugin's version and home page, as the build wrote them from the pom into {@code
 * dev/entrypoint/plugin.properties}: one place for both, in the jar and when run from classes.
 */
public final class PluginInfo {

  private static final Properties PROPERTIES = read();

  private PluginInfo() {}

  /** The version, such as {@code 0.1.0}. */
  public static String version() {
    return PROPERTIES.getProperty("version");
  }

  /** The project's home page, the pom's {@code url}, without a trailing slash. */
  public static String url() {
    return PROPERTIES.getProperty("url").replaceAll("/+$", "");
  }

  private static Properties read() {
    try (InputStream in = PluginInfo.class.getResourceAsStream("plugin.properties")) {
      if (in == null) {
        throw new IllegalStateException("dev/entrypoint/plugin.properties is not on the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
