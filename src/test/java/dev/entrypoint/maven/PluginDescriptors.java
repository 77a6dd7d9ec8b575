package dev.entrypoint.maven;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;

/** The plugin descriptor the build generated from the Mojos' annotations and javadoc. */
final class PluginDescriptors {

  static final Path PLUGIN_XML = Path.of("target/classes/META-INF/maven/plugin.xml");

  private PluginDescriptors() {}

  /** Every goal, sorted by name. */
  static List<MojoDescriptor> goals() throws Exception {
    try (Reader xml = Files.newBufferedReader(PLUGIN_XML)) {
      PluginDescriptor plugin = new PluginDescriptorBuilder().build(xml);
      return plugin.getMojos().stream()
          .filter(mojo -> !mojo.getGoal().equals("help"))
          .sorted(Comparator.comparing(MojoDescriptor::getGoal))
          .toList();
    }
  }

  /** The parameters a pom may set, sorted by name. */
  static List<Parameter> editable(MojoDescriptor goal) {
    return goal.getParameters().stream()
        .filter(Parameter::isEditable)
        .sorted(Comparator.comparing(Parameter::getName))
        .toList();
  }

  /** The default a parameter's {@code defaultValue} gives, as the descriptor has it. */
  static String defaultOf(MojoDescriptor goal, Parameter parameter) {
    var configuration = goal.getMojoConfiguration().getChild(parameter.getName(), false);
    return configuration == null
        ? parameter.getDefaultValue()
        : configuration.getAttribute("default-value");
  }
}
