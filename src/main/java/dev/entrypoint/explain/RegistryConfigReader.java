package dev.entrypoint.explain;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.ImageConfig;
import java.io.IOException;

/**
 * Reads the config of an image in a registry, for {@code -Dentrypoint.image=REFERENCE}. This is the
 * one place where registry access is plugged into {@code explain}: {@link #unsupported()} until a
 * registry reader is wired in.
 */
@FunctionalInterface
public interface RegistryConfigReader {

  /** The config of the image {@code reference} names, such as {@code eclipse-temurin:21-jre}. */
  ImageConfig read(String reference) throws IOException;

  /** A reader that refuses every reference, saying how to explain the image another way. */
  static RegistryConfigReader unsupported() {
    return reference -> {
      throw new ConfigurationException(
          "-Dentrypoint.image=" + reference + " names a registry image, which this version cannot read"
              + " directly. Pull it and read it from the engine: 'docker pull " + reference
              + "' then -Dentrypoint.image=docker://" + reference + " (or podman pull and podman://).");
    };
  }
}
