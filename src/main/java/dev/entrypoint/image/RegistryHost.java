package dev.entrypoint.image;

import java.util.Locale;

/**
 * Facts about a registry host as written in an image reference ({@code localhost:5000}, {@code
 * [::1]:5000}): where credentials may go over plain HTTP.
 */
public final class RegistryHost {

  private RegistryHost() {}

  /**
   * Whether the registry runs on this machine: {@code localhost}, {@code 127.x.x.x} or {@code
   * [::1]}.
   */
  public static boolean isLoopback(String registry) {
    String host = registry.toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return host.startsWith("[::1]");
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    return host.equals("localhost") || host.startsWith("127.");
  }

  /**
   * Whether credentials may go to {@code registry} over plain HTTP: only when insecure registries
   * are allowed and the registry runs on this machine, so that they never cross a network in clear.
   */
  public static boolean mayReceiveCredentialsOverHttp(
      String registry, boolean allowInsecureRegistries) {
    return allowInsecureRegistries && isLoopback(registry);
  }
}
