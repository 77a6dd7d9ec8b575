package dev.entrypoint.maven;

import java.util.List;

/** {@code <from>}: the base image. Properties and defaults: {@link NestedProperty}. */
public class FromConfiguration {

  /**
   * {@code jlink}, {@code scratch}, a registry reference, docker:// or tar://; by default {@code
   * jlink} on a Linux build host whose architecture is every target platform's, else {@code
   * eclipse-temurin:<release>-jre}.
   */
  String image;

  /**
   * The platforms to build for, each {@code <platform><os>linux</os><architecture>arm64
   * </architecture></platform>}; more than one makes an OCI image index.
   */
  List<PlatformConfiguration> platforms;

  /** For {@code jlink}: the JDK modules to link, replacing those jdeps finds. */
  List<String> modules;

  /** A user name and password for the base image's registry. */
  AuthConfiguration auth = new AuthConfiguration();
}
