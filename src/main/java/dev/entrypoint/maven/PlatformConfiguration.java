package dev.entrypoint.maven;

/** {@code <platform>} in {@code <from><platforms>}: one platform to build the image for. */
public class PlatformConfiguration {

  /** The operating system, {@code linux}. */
  String os = "linux";

  /** The architecture as images name it: {@code amd64}, {@code arm64}, {@code ppc64le}... */
  String architecture;

  @Override
  public String toString() {
    return os + "/" + architecture;
  }
}
