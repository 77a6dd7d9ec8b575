package dev.entrypoint.image;

import java.util.Locale;

/**
 * The platform of the machine the build runs on, as images name platforms ({@code linux/amd64}).
 */
public final class HostPlatform {

  /** The operating system of the images this plugin reads and builds. */
  public static final String OS = "linux";

  private HostPlatform() {}

  /**
   * This machine's architecture as images name it: {@code amd64}, {@code arm64}, or the JVM's name.
   */
  public static String architecture() {
    return architecture(System.getProperty("os.arch", "amd64"));
  }

  /** The image architecture for the JVM's {@code os.arch} value {@code osArch}. */
  static String architecture(String osArch) {
    String arch = osArch.toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "x86_64", "amd64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      default -> arch;
    };
  }
}
