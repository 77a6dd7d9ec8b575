package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/parameters.md} is generated from the plugin descriptor (the Mojos' annotations and
 * javadoc) and {@link NestedProperty}, so no parameter, property or default in it can drift from
 * the code. After changing a parameter: {@code ./mvnw test -Dtest=ParameterDocsTest
 * -Dentrypoint.docs.write=true}.
 */
class ParameterDocsTest {

  private static final Path DOCS = Path.of("docs/parameters.md");

  @Test
  void docsListEveryParameterWithItsPropertyAndDefault() throws Exception {
    String generated = generate(PluginDescriptors.goals());
    if (Boolean.getBoolean("entrypoint.docs.write")) {
      Files.writeString(DOCS, generated);
    }
    assertThat(Files.readString(DOCS))
        .as(
            "docs/parameters.md is out of date: run ./mvnw test -Dtest=ParameterDocsTest"
                + " -Dentrypoint.docs.write=true")
        .isEqualTo(generated);
  }

  @Test
  void everyNestedPropertyIsNamedWhereHelpDescribeShowsItsParameter() throws Exception {
    for (MojoDescriptor goal : PluginDescriptors.goals()) {
      for (Parameter parameter : PluginDescriptors.editable(goal)) {
        for (NestedProperty property : NestedProperty.values()) {
          if (property.parameter().equals(parameter.getName())) {
            assertThat(parameter.getDescription())
                .as("the description of <%s> in %s", parameter.getName(), goal.getGoal())
                .contains(property.property());
          }
        }
      }
    }
  }

  private static String generate(List<MojoDescriptor> goals) {
    StringBuilder page =
        new StringBuilder(
            "# Parameters\n\n"
                + "<!-- Generated from the plugin descriptor by ParameterDocsTest; do not edit. -->\n\n"
                + "Every parameter of every goal, its `-D` property and its default. One rule decides"
                + " which value counts: a property on the command line (`-Dentrypoint.target=docker`)"
                + " beats the element in the pom's `<configuration>`, which beats a property in the"
                + " pom's `<properties>`, which beats the default. Lists given as a property are"
                + " comma-separated, except an argv (`entrypoint`, `cmd`, `args`, `jvmFlags`, engine"
                + " flags), which is split as a shell splits a line; maps are"
                + " `key=value,key2=value2`.\n");
    for (MojoDescriptor goal : goals) {
      page.append("\n## entrypoint:").append(goal.getGoal()).append("\n\n");
      page.append("| parameter | property | default | description |\n|---|---|---|---|\n");
      for (Parameter parameter : PluginDescriptors.editable(goal)) {
        String property = PluginSettings.propertyOf(parameter);
        for (NestedProperty nested : NestedProperty.values()) {
          if (property == null && nested.element().equals("<" + parameter.getName() + ">")) {
            property = nested.property();
          }
        }
        row(
            page,
            "<" + parameter.getName() + ">",
            property,
            PluginDescriptors.defaultOf(goal, parameter),
            parameter.getDescription());
        for (NestedProperty nested : NestedProperty.values()) {
          if (nested.parameter().equals(parameter.getName())
              && nested != NestedProperty.CHECK_RULES) {
            row(page, nested.element(), nested.property(), nested.defaultValue(), nested.meaning());
          }
        }
      }
    }
    return page.toString();
  }

  /** A description as one table cell: on one line, pipes escaped, pom elements shown as code. */
  private static String markdown(String text) {
    return text.replace("|", "\\|")
        .replace("\n", " ")
        .replaceAll("(?<!`)(<[a-zA-Z-]+>)+(?!`)", "`$0`")
        .strip();
  }

  private static void row(
      StringBuilder page, String element, String property, String defaultValue, String meaning) {
    page.append("| `")
        .append(element)
        .append("` | ")
        .append(property == null ? "" : "`" + property + "`")
        .append(" | ")
        .append(defaultValue == null ? "" : "`" + defaultValue + "`")
        .append(" | ")
        .append(meaning == null ? "" : markdown(meaning))
        .append(" |\n");
  }
}
