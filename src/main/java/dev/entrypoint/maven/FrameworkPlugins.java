package dev.entrypoint.maven;

import dev.entrypoint.project.SpringBootPackaging;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads the framework plugins a project builds with, for the core's {@link
 * dev.entrypoint.project.FrameworkLayout}: spring-boot-maven-plugin's packaging settings, and
 * whether quarkus-maven-plugin builds the application.
 */
final class FrameworkPlugins {

  private static final String SPRING_BOOT = "org.springframework.boot:spring-boot-maven-plugin";

  private FrameworkPlugins() {}

  /**
   * The settings of spring-boot-maven-plugin's {@code repackage} (the configuration of its
   * execution, which Maven has merged with the plugin's), or {@code null} when the project does not
   * use that plugin. {@code properties} are the user's and the project's, for the {@code -D} names
   * the plugin reads.
   */
  static SpringBootPackaging springBoot(MavenProject project, Properties properties) {
    Plugin plugin = project.getPlugin(SPRING_BOOT);
    if (plugin == null) {
      return null;
    }
    Xpp3Dom configuration = (Xpp3Dom) plugin.getConfiguration();
    for (PluginExecution execution : plugin.getExecutions()) {
      if (execution.getGoals().contains("repackage") && execution.getConfiguration() != null) {
        configuration = (Xpp3Dom) execution.getConfiguration();
      }
    }
    String mainClass = value(configuration, "mainClass", null);
    if (mainClass == null || mainClass.contains("${")) {
      mainClass = properties.getProperty("start-class", mainClass);
    }
    return new SpringBootPackaging(
        plugin.getVersion(),
        mainClass,
        flag(configuration, "excludeDevtools", properties, "spring-boot.repackage.excludeDevtools"),
        flag(
            configuration,
            "excludeDockerCompose",
            properties,
            "spring-boot.repackage.excludeDockerCompose"),
        flag(configuration, "includeOptional", properties, null),
        artifacts(configuration, "excludes"),
        artifacts(configuration, "includes"),
        value(
            configuration,
            "excludeGroupIds",
            properties.getProperty("spring-boot.excludeGroupIds")));
  }

  /**
   * The directory quarkus-maven-plugin builds the application into, or {@code null} when the
   * project does not use that plugin.
   */
  static Path quarkusApp(MavenProject project) {
    boolean quarkus =
        project.getBuildPlugins().stream()
            .anyMatch(
                plugin ->
                    plugin.getArtifactId().equals("quarkus-maven-plugin")
                        && (plugin.getGroupId().equals("io.quarkus")
                            || plugin.getGroupId().equals("io.quarkus.platform")));
    return quarkus ? Path.of(project.getBuild().getDirectory(), "quarkus-app") : null;
  }

  private static String value(Xpp3Dom configuration, String name, String fallback) {
    Xpp3Dom child = configuration == null ? null : configuration.getChild(name);
    String value = child == null ? null : child.getValue();
    return value == null || value.isBlank() || value.contains("${") ? fallback : value.strip();
  }

  private static Boolean flag(
      Xpp3Dom configuration, String name, Properties properties, String property) {
    String value =
        value(configuration, name, property == null ? null : properties.getProperty(property));
    return value == null ? null : Boolean.valueOf(value);
  }

  /** {@code <excludes><exclude><groupId>g</groupId><artifactId>a</artifactId>...} as g:a[:c]. */
  private static List<String> artifacts(Xpp3Dom configuration, String name) {
    List<String> artifacts = new ArrayList<>();
    Xpp3Dom list = configuration == null ? null : configuration.getChild(name);
    if (list == null) {
      return artifacts;
    }
    for (Xpp3Dom entry : list.getChildren()) {
      String coordinates = value(entry, "groupId", "") + ":" + value(entry, "artifactId", "");
      String classifier = value(entry, "classifier", null);
      artifacts.add(classifier == null ? coordinates : coordinates + ":" + classifier);
    }
    return artifacts;
  }
}
