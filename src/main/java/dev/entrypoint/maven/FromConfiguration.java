package dev.entrypoint.maven;

import java.util.ArrayList;
import java.util.List;

/** {@code <from>}: the base image. */
public class FromConfiguration {

  /**
   * A registry reference, {@code docker://NAME}, {@code tar://PATH}, {@code scratch} or {@code
   * jlink} (a runtime linked from the JDK running Maven). By default {@code jlink} on a Linux build
   * host whose architecture is every target platform's, else {@code eclipse-temurin:<release>-jre}.
   * Property: {@code entrypoint.from.image}.
   */
  String image;

  /**
   * The platforms to build for, each {@code
   * <platform><os>linux</os><architecture>arm64</architecture> </platform>}; more than one makes an
   * OCI image index. Property: {@code entrypoint.from.platforms} (comma-separated {@code
   * os/architecture}).
   */
  List<PlatformConfiguration> platforms = new ArrayList<>();

  /**
   * For {@code jlink}: the JDK modules to link, replacing those jdeps finds. Property: {@code
   * entrypoint.from.modules} (comma-separated).
   */
  List<String> modules = new ArrayList<>();

  /**
   * A user name and password for the base image's registry; the first place credentials are looked
   * for. Properties: {@code entrypoint.from.auth.username}, {@code entrypoint.from.auth.password}.
   */
  AuthConfiguration auth = new AuthConfiguration();
}
