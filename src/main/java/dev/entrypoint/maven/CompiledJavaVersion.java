package dev.entrypoint.maven;

import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The major Java version a project's classes are compiled for, read as jib-maven-plugin 3.5 reads
 * it, so the Java command takes the same form as Jib's: the pom's {@code maven.compiler.target}
 * property, else {@code maven.compiler.release}, else maven-compiler-plugin's {@code <target>},
 * else its {@code <release>}; 6 when none is set (the compiler's old default).
 */
final class CompiledJavaVersion {

  private static final int UNSET = 6;

  private CompiledJavaVersion() {}

  static int of(MavenProject project) {
    for (String property : new String[] {"maven.compiler.target", "maven.compiler.release"}) {
      String value = project.getProperties().getProperty(property);
      if (value != null) {
        return major(value);
      }
    }
    Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
    if (compiler != null && compiler.getConfiguration() instanceof Xpp3Dom configuration) {
      for (String element : new String[] {"target", "release"}) {
        Optional<String> value =
            Optional.ofNullable(configuration.getChild(element)).map(Xpp3Dom::getValue);
        if (value.isPresent()) {
          return major(value.get());
        }
      }
    }
    return UNSET;
  }

  /** {@code 1.8} is 8, {@code 17} and {@code 17.0.2} are 17; 0 when it is neither. */
  static int major(String version) {
    String value = version.strip();
    if (value.startsWith("1.")) {
      return value.length() >= 3 && Character.isDigit(value.charAt(2)) ? value.charAt(2) - '0' : 0;
    }
    int dot = value.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? value : value.substring(0, dot));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
