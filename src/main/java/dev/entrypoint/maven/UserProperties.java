package dev.entrypoint.maven;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.ShellWords;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * {@code -D} properties for settings that live in nested pom objects ({@code <from>}, {@code <to>},
 * {@code <container>}), which Maven does not map by itself: a user property ({@code -Dname=value})
 * wins over a project property, which wins over the pom's element.
 */
final class UserProperties {

  /** The lists that are an argv, whose words may hold commas: split as a shell splits a line. */
  private static final Set<String> ARGV_LISTS =
      Set.of(
          "entrypoint.container.entrypoint",
          "entrypoint.container.cmd",
          "entrypoint.container.args",
          "entrypoint.container.jvmFlags");

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

  /**
   * The property's values, or {@code configured} when it is not set. An argv ({@code entrypoint},
   * {@code cmd}, {@code jvmFlags}) is split into words as a POSIX shell splits them, so that {@code
   * -Dentrypoint.container.jvmFlags="-Dprofiles=a,b '-Dname=two words'"} is two flags; any other
   * list is comma-separated, such as {@code -Dentrypoint.to.tags=1.0,latest}.
   *
   * @throws ConfigurationException when a quote in an argv is not closed
   */
  List<String> list(String name, List<String> configured) {
    String value = string(name, null);
    if (value == null) {
      return configured;
    }
    if (ARGV_LISTS.contains(name)) {
      try {
        return ShellWords.words(value);
      } catch (IllegalArgumentException unclosed) {
        throw new ConfigurationException(
            "-D"
                + name
                + "="
                + value
                + " cannot be split into words: "
                + unclosed.getMessage()
                + ". Close the quote, or escape it with a backslash.");
      }
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
