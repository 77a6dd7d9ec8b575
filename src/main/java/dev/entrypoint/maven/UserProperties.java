package dev.entrypoint.maven;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * {@code -D} properties for settings that live in nested pom objects ({@code <from>}, {@code <to>},
 * {@code <container>}), which Maven does not map by itself: a user property ({@code -Dname=value})
 * wins over a project property, which wins over the pom's element.
 */
final class UserProperties {

  private final Properties user;
  private final Properties project;

  UserProperties(MavenSession session, MavenProject project) {
    this.user = session == null ? new Properties() : session.getUserProperties();
    this.project = project == null ? new Properties() : project.getProperties();
  }

  /** The property's value, or {@code configured} when it is not set. */
  String string(String name, String configured) {
    String value = user.getProperty(name, project.getProperty(name));
    return value == null ? configured : value;
  }

  /** The property's comma-separated values, or {@code configured} when it is not set. */
  List<String> list(String name, List<String> configured) {
    String value = string(name, null);
    if (value == null) {
      return configured;
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
