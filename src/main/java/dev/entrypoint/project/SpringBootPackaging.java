package dev.entrypoint.project;

import dev.entrypoint.ConfigurationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What spring-boot-maven-plugin's {@code repackage} puts in its executable jar, read from the
 * project's configuration of that plugin, so the image holds what the Spring Boot jar would: the
 * same dependencies left out, and the same main class.
 *
 * <p>The rules, as the plugin applies them: {@code spring-boot-devtools} is left out unless {@code
 * <excludeDevtools>false}; {@code spring-boot-docker-compose} unless {@code
 * <excludeDockerCompose>false}; every {@code <excludes>} entry ({@code groupId:artifactId} or
 * {@code groupId:artifactId:classifier}) and every group of {@code <excludeGroupIds>}; everything
 * not in {@code <includes>} when that is set; and optional dependencies unless {@code
 * <includeOptional>}, whose default is {@code false} from Spring Boot 4 and {@code true} before.
 */
public final class SpringBootPackaging {

  private static final String BOOT_GROUP = "org.springframework.boot";

  private final String pluginVersion;
  private final String mainClass;
  private final boolean excludeDevtools;
  private final boolean excludeDockerCompose;
  private final boolean includeOptional;
  private final List<Dependency.Coordinates> excludes;
  private final List<Dependency.Coordinates> includes;
  private final List<String> excludeGroupIds;

  /**
   * The plugin's settings as the pom writes them; {@code null} for each that is not set.
   *
   * @param pluginVersion the version of spring-boot-maven-plugin, which decides defaults
   * @param mainClass {@code <mainClass>}, with {@code ${start-class}} resolved when set
   * @param excludes {@code groupId:artifactId[:classifier]} each
   * @param includes {@code groupId:artifactId[:classifier]} each
   * @param excludeGroupIds the comma-separated groups of {@code <excludeGroupIds>}
   */
  public SpringBootPackaging(
      String pluginVersion,
      String mainClass,
      Boolean excludeDevtools,
      Boolean excludeDockerCompose,
      Boolean includeOptional,
      List<String> excludes,
      List<String> includes,
      String excludeGroupIds) {
    this.pluginVersion = pluginVersion == null ? "" : pluginVersion;
    this.mainClass = unresolved(mainClass) ? null : mainClass.strip();
    this.excludeDevtools = excludeDevtools == null || excludeDevtools;
    this.excludeDockerCompose = excludeDockerCompose == null || excludeDockerCompose;
    this.includeOptional =
        includeOptional == null ? majorVersion(this.pluginVersion) < 4 : includeOptional;
    this.excludes = coordinates(excludes, "excludes");
    this.includes = coordinates(includes, "includes");
    this.excludeGroupIds =
        excludeGroupIds == null
            ? List.of()
            : Arrays.stream(excludeGroupIds.split(","))
                .map(String::strip)
                .filter(group -> !group.isEmpty())
                .toList();
  }

  /** The main class the plugin's configuration names, when it names one. */
  public Optional<String> mainClass() {
    return Optional.ofNullable(mainClass);
  }

  /** The plugin's version, as the project declares it. */
  public String pluginVersion() {
    return pluginVersion;
  }

  /**
   * Why the plugin leaves {@code dependency} out of its jar, naming the setting; empty when it
   * keeps it. A dependency whose coordinates are unknown is kept.
   */
  public Optional<String> leftOut(Dependency dependency) {
    if (dependency.coordinates().isEmpty()) {
      return Optional.empty();
    }
    Dependency.Coordinates artifact = dependency.coordinates().get();
    if (excludeDevtools && isBoot(artifact, "spring-boot-devtools")) {
      return Optional.of("development only: <excludeDevtools> is true, the default");
    }
    if (excludeDockerCompose && isBoot(artifact, "spring-boot-docker-compose")) {
      return Optional.of("development only: <excludeDockerCompose> is true, the default");
    }
    if (!includes.isEmpty() && includes.stream().noneMatch(rule -> matches(rule, artifact))) {
      return Optional.of("not among <includes>");
    }
    for (Dependency.Coordinates rule : excludes) {
      if (matches(rule, artifact)) {
        return Optional.of("<excludes> names " + rule);
      }
    }
    if (excludeGroupIds.contains(artifact.groupId())) {
      return Optional.of("<excludeGroupIds> names " + artifact.groupId());
    }
    if (artifact.optional() && !includeOptional) {
      return Optional.of(
          "optional, and <includeOptional> is false"
              + (majorVersion(pluginVersion) >= 4 ? " (the default from Spring Boot 4)" : ""));
    }
    return Optional.empty();
  }

  private static boolean isBoot(Dependency.Coordinates artifact, String artifactId) {
    return artifact.groupId().equals(BOOT_GROUP) && artifact.artifactId().equals(artifactId);
  }

  /**
   * As the plugin matches: group and artifact equal, and the classifier too when the rule has one.
   */
  private static boolean matches(Dependency.Coordinates rule, Dependency.Coordinates artifact) {
    return rule.groupId().equals(artifact.groupId())
        && rule.artifactId().equals(artifact.artifactId())
        && (rule.classifier() == null || rule.classifier().equals(artifact.classifier()));
  }

  private static List<Dependency.Coordinates> coordinates(List<String> values, String element) {
    List<Dependency.Coordinates> parsed = new ArrayList<>();
    for (String value : values == null ? List.<String>of() : values) {
      String[] parts = value.strip().split(":");
      if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigurationException(
            "spring-boot-maven-plugin's <"
                + element
                + "> holds '"
                + value
                + "', which is not groupId:artifactId[:classifier]: give each entry a <groupId> and an"
                + " <artifactId>.");
      }
      parsed.add(
          new Dependency.Coordinates(
              parts[0], parts[1], parts.length == 3 ? parts[2] : null, false));
    }
    return List.copyOf(parsed);
  }

  /** Whether a configured value is absent or an expression Maven left unresolved. */
  private static boolean unresolved(String value) {
    return value == null || value.isBlank() || value.contains("${");
  }

  private static int majorVersion(String version) {
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
  }

  @Override
  public String toString() {
    return "spring-boot-maven-plugin "
        + pluginVersion
        + " mainClass="
        + mainClass
        + " excludeDevtools="
        + excludeDevtools
        + " excludeDockerCompose="
        + excludeDockerCompose
        + " includeOptional="
        + includeOptional
        + " excludes="
        + excludes
        + " includes="
        + includes
        + " excludeGroupIds="
        + excludeGroupIds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SpringBootPackaging that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toString());
  }
}
