package dev.entrypoint.maven;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.ShellWords;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;

/**
 * The one place the plugin reads its settings, with one precedence rule for every parameter, as Jib
 * has it: a property on the command line ({@code -Dentrypoint.target=docker}) beats the pom's
 * element, which beats a property in the pom's {@code <properties>}, which beats the default.
 *
 * <p>Maven itself injects a parameter's property only when the pom does not set the parameter;
 * {@link #overrideParameters} gives the command line the last word for every parameter the plugin
 * descriptor maps to a property. The elements nested in {@code <from>}, {@code <to>}, {@code
 * <container>}, {@code <docker>} and {@code <podman>}, and the map-valued parameters, have their
 * properties in {@link NestedProperty}, read by {@link #string}, {@link #list} and {@link #map}.
 */
final class PluginSettings {

  private final Properties commandLine;
  private final Properties project;

  /** Settings from the command line's {@code -D} properties and the pom's {@code <properties>}. */
  PluginSettings(Properties commandLine, Properties project) {
    this.commandLine = commandLine == null ? new Properties() : commandLine;
    this.project = project == null ? new Properties() : project;
  }

  /**
   * Sets every parameter of {@code mojo} whose property is on the command line to that property's
   * value, converted as Maven converts it, so that it wins over the pom's element.
   *
   * @throws ConfigurationException when a value cannot be converted to its parameter's type
   */
  void overrideParameters(Object mojo, MojoDescriptor descriptor, File basedir) {
    if (descriptor == null || descriptor.getParameters() == null) {
      return;
    }
    XmlPlexusConfiguration overrides = new XmlPlexusConfiguration("configuration");
    for (Parameter parameter : descriptor.getParameters()) {
      String property = propertyOf(parameter);
      if (property != null && parameter.isEditable() && commandLine.containsKey(property)) {
        overrides.addChild(parameter.getName(), "${" + property + "}");
      }
    }
    if (overrides.getChildCount() == 0) {
      return;
    }
    try {
      new BasicComponentConfigurator()
          .configureComponent(mojo, overrides, new CommandLineEvaluator(basedir), null);
    } catch (ComponentConfigurationException e) {
      throw new ConfigurationException(
          "A -D property on the command line has a value its parameter cannot take: "
              + e.getMessage());
    }
  }

  /** The property a parameter's expression names, such as {@code entrypoint.target}; or null. */
  static String propertyOf(Parameter parameter) {
    String expression = parameter.getExpression();
    if (expression == null || !expression.startsWith("${") || !expression.endsWith("}")) {
      return null;
    }
    String name = expression.substring(2, expression.length() - 1);
    return name.startsWith("project.")
            || name.startsWith("session")
            || name.startsWith("settings")
            || name.startsWith("plugin")
            || name.startsWith("mojoExecution")
        ? null
        : name;
  }

  /**
   * The value of a nested string element: the command line's property, else {@code pom} (the
   * element, {@code null} when absent), else the pom's property, else the default.
   */
  String string(NestedProperty property, String pom) {
    String value = raw(property, pom);
    return value == null ? property.defaultValue() : value;
  }

  /**
   * The values of a nested list element, by the same precedence as {@link #string}; a property
   * holding an argv ({@code entrypoint}, {@code cmd}, {@code args}, {@code jvmFlags}, engine flags)
   * is split as a POSIX shell splits a line, any other list at commas. {@code null} when nothing
   * sets it.
   *
   * @throws ConfigurationException when a quote in an argv is not closed
   */
  List<String> list(NestedProperty property, List<String> pom) {
    String text = propertyValue(property, pom != null);
    if (text == null) {
      return pom;
    }
    if (property.kind() == NestedProperty.Kind.ARGV) {
      try {
        return ShellWords.words(text);
      } catch (IllegalArgumentException unclosed) {
        throw new ConfigurationException(
            "-D"
                + property.property()
                + "="
                + text
                + " cannot be split into words: "
                + unclosed.getMessage()
                + ". Close the quote, or escape it with a backslash.");
      }
    }
    return commaSeparated(text);
  }

  /** {@link #list}, empty when nothing sets it. */
  List<String> listOrEmpty(NestedProperty property, List<String> pom) {
    List<String> values = list(property, pom);
    return values == null ? List.of() : values;
  }

  /**
   * The entries of a nested map element ({@code <environment>}, {@code <labels>}, {@code <rules>});
   * as a property {@code key=value,key2=value2}. Empty when nothing sets it.
   *
   * @throws ConfigurationException when an entry of the property has no {@code =}
   */
  Map<String, String> map(NestedProperty property, Map<String, String> pom) {
    String text = propertyValue(property, pom != null && !pom.isEmpty());
    if (text == null) {
      return pom == null ? Map.of() : pom;
    }
    Map<String, String> entries = new LinkedHashMap<>();
    for (String entry : commaSeparated(text)) {
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw new ConfigurationException(
            "-D"
                + property.property()
                + " holds '"
                + entry
                + "', which is not key=value: write -D"
                + property.property()
                + "=KEY=VALUE,KEY2=VALUE2.");
      }
      entries.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
    }
    return entries;
  }

  /** Whether the command line sets {@code property}. */
  boolean onCommandLine(String property) {
    return commandLine.containsKey(property);
  }

  private String raw(NestedProperty property, String pom) {
    String value = propertyValue(property, pom != null);
    return value == null ? pom : value;
  }

  /** The property's text when it decides: the command line's always, the pom's only if unset. */
  private String propertyValue(NestedProperty property, boolean pomSetsIt) {
    String name = property.property();
    if (commandLine.containsKey(name)) {
      return commandLine.getProperty(name);
    }
    return pomSetsIt ? null : project.getProperty(name);
  }

  private static List<String> commaSeparated(String text) {
    List<String> values = new ArrayList<>();
    Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .forEach(values::add);
    return values;
  }

  /** Evaluates {@code ${property}} from the command line, and aligns files to the project. */
  private final class CommandLineEvaluator implements ExpressionEvaluator {

    private final File basedir;

    CommandLineEvaluator(File basedir) {
      this.basedir = basedir;
    }

    @Override
    public Object evaluate(String expression) {
      if (expression != null && expression.startsWith("${") && expression.endsWith("}")) {
        return commandLine.getProperty(expression.substring(2, expression.length() - 1));
      }
      return expression;
    }

    @Override
    public File alignToBaseDirectory(File file) {
      return file == null || file.isAbsolute() || basedir == null
          ? file
          : new File(basedir, file.getPath());
    }
  }
}
