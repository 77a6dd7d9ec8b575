package dev.entrypoint.build;

import java.util.Locale;

/** Facts about a registry host as written in an image reference ({@code localhost:5000}, {@code [::1]:5000}). */
final class RegistryHost {

  private RegistryHost() {}

  /** Whether the registry runs on this machine: {@code localhost}, {@code 127.x.x.x} or {@code [::1]}. */
  static boolean isLoopback(String registry) {
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
}
