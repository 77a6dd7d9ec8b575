package dev.entrypoint.project;

import dev.entrypoint.ConfigurationException;
import java.util.Locale;

/** The manifest and config format of a built image: OCI (the default) or Docker's v2.2. */
public enum ManifestFormat {
  OCI,
  DOCKER;

  /**
   * Reads {@code <container><format>}, in any case.
   *
   * @throws ConfigurationException for any other value
   */
  public static ManifestFormat parse(String value) {
    String trimmed = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    for (ManifestFormat format : values()) {
      if (format.name().equals(trimmed)) {
        return format;
      }
    }
    throw new ConfigurationException(
        "<container><format> is '" + value + "': use OCI (the default) or Docker.");
  }
}
