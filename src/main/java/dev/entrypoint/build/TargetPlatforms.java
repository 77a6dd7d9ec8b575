package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.Platform;
import dev.entrypoint.ConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platforms an image is built for, as {@code <from><platforms>} lists them ({@code
 * linux/arm64}): empty for the default (the build host's for a {@code jlink} base, linux/amd64 from
 * a registry base, as Jib does), one for a single image, more for an OCI image index of one image
 * per platform.
 */
public final class TargetPlatforms {

  private static final String ELEMENT = "<from><platforms>";

  private final List<Platform> platforms;

  private TargetPlatforms(List<Platform> platforms) {
    this.platforms = List.copyOf(platforms);
  }

  /** No platform named: the default. */
  public static TargetPlatforms unset() {
    return new TargetPlatforms(List.of());
  }

  /**
   * Reads {@code os/architecture} values such as {@code linux/arm64}; a duplicate counts once.
   *
   * @throws ConfigurationException for a value that is not {@code os/architecture}
   */
  public static TargetPlatforms parse(List<String> values) {
    Set<Platform> platforms = new LinkedHashSet<>();
    for (String value : values) {
      String[] parts = value.strip().toLowerCase(Locale.ROOT).split("/");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigurationException(
            ELEMENT
                + " holds '"
                + value
                + "', which is not a platform: write"
                + " <platform><os>linux</os><architecture>arm64</architecture></platform>"
                + " (-Dentrypoint.from.platforms=linux/amd64,linux/arm64).");
      }
      platforms.add(new Platform(parts[1], parts[0]));
    }
    return new TargetPlatforms(new ArrayList<>(platforms));
  }

  /** The platforms, in the order given; empty for the default. */
  public List<Platform> list() {
    return platforms;
  }

  /** Whether no platform was named. */
  public boolean isUnset() {
    return platforms.isEmpty();
  }

  /** Whether more than one platform was named: the image is an index. */
  public boolean isMultiple() {
    return platforms.size() > 1;
  }

  /** Whether every platform named is {@code platform}, or none is. */
  public boolean allAre(Platform platform) {
    return platforms.stream().allMatch(platform::equals);
  }

  /** {@code linux/amd64} for one platform. */
  public static String name(Platform platform) {
    return platform.getOs() + "/" + platform.getArchitecture();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TargetPlatforms that && platforms.equals(that.platforms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platforms);
  }

  /** {@code linux/amd64, linux/arm64}, or {@code default}. */
  @Override
  public String toString() {
    return platforms.isEmpty()
        ? "default"
        : platforms.stream().map(TargetPlatforms::name).collect(Collectors.joining(", "));
  }
}
