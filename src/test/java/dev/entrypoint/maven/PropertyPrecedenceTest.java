package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one precedence rule, for every parameter of every goal: a {@code -D} property on the command
 * line beats the pom's element, which beats the pom's {@code <properties>}, which beats the
 * default.
 */
class PropertyPrecedenceTest {

  /** A value of each parameter type as the pom sets it, and as the command line gives it. */
  private record Sample(Object pom, String commandLine, Object expected) {}

  private static Sample sample(String type) {
    return switch (type) {
      case "java.lang.String" -> new Sample("from-pom", "from-command-line", "from-command-line");
      case "boolean" -> new Sample(false, "true", true);
      case "java.lang.Integer" -> new Sample(3, "7", 7);
      case "java.io.File" ->
          new Sample(new File("/pom"), "/command-line", new File("/command-line"));
      case "java.util.List" -> new Sample(List.of("pom"), "a,b", List.of("a", "b"));
      default -> throw new AssertionError("no sample value for a parameter of type " + type);
    };
  }

  @Test
  void theCommandLineBeatsThePomForEveryParameterWithAProperty() throws Exception {
    List<String> checked = new ArrayList<>();
    for (MojoDescriptor goal : PluginDescriptors.goals()) {
      for (Parameter parameter : PluginDescriptors.editable(goal)) {
        String property = PluginSettings.propertyOf(parameter);
        if (property == null) {
          continue;
        }
        Object mojo =
            Class.forName(goal.getImplementation()).getDeclaredConstructor().newInstance();
        Field field = field(mojo.getClass(), parameter.getName());
        Sample sample = sample(parameter.getType());
        field.set(mojo, sample.pom());
        Properties commandLine = new Properties();
        commandLine.setProperty(property, sample.commandLine());

        new PluginSettings(commandLine, new Properties())
            .overrideParameters(mojo, goal, new File("/project"));

        assertThat(field.get(mojo))
            .as("%s <%s> with -D%s", goal.getGoal(), parameter.getName(), property)
            .isEqualTo(sample.expected());
        checked.add(goal.getGoal() + ":" + parameter.getName());
      }
    }
    assertThat(checked).contains("build:target", "check:failOn", "verify:timeout", "explain:image");
  }

  @Test
  void thePomStandsWhenTheCommandLineSaysNothing() throws Exception {
    MojoDescriptor build =
        PluginDescriptors.goals().stream()
            .filter(g -> g.getGoal().equals("build"))
            .findFirst()
            .get();
    BuildMojo mojo = new BuildMojo();
    Field target = field(BuildMojo.class, "target");
    target.set(mojo, "docker");
    Properties pomProperties = new Properties();
    pomProperties.setProperty("entrypoint.target", "registry");

    new PluginSettings(new Properties(), pomProperties).overrideParameters(mojo, build, null);

    assertThat(target.get(mojo)).isEqualTo("docker");
  }

  @Test
  void aValueItsParameterCannotTakeNamesTheProblem() throws Exception {
    MojoDescriptor verify =
        PluginDescriptors.goals().stream()
            .filter(g -> g.getGoal().equals("verify"))
            .findFirst()
            .get();
    Properties commandLine = new Properties();
    commandLine.setProperty("entrypoint.verify.parallel", "many");

    assertThatThrownBy(
            () ->
                new PluginSettings(commandLine, null)
                    .overrideParameters(new VerifyMojo(), verify, null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("-D property");
  }

  @ParameterizedTest
  @EnumSource(NestedProperty.class)
  void nestedElementsFollowTheSameOrder(NestedProperty property) {
    Properties pomProperties = new Properties();
    pomProperties.setProperty(property.property(), "p=1");
    PluginSettings projectOnly = new PluginSettings(new Properties(), pomProperties);
    Properties commandLine = new Properties();
    commandLine.setProperty(property.property(), "c=1");
    PluginSettings both = new PluginSettings(commandLine, pomProperties);

    switch (property.kind()) {
      case STRING -> {
        assertThat(both.string(property, "pom")).isEqualTo("c=1");
        assertThat(projectOnly.string(property, "pom")).isEqualTo("pom");
        assertThat(projectOnly.string(property, null)).isEqualTo("p=1");
        assertThat(new PluginSettings(null, null).string(property, null))
            .isEqualTo(property.defaultValue());
      }
      case LIST, ARGV -> {
        assertThat(both.list(property, List.of("pom"))).containsExactly("c=1");
        assertThat(projectOnly.list(property, List.of("pom"))).containsExactly("pom");
        assertThat(projectOnly.list(property, null)).containsExactly("p=1");
      }
      case MAP -> {
        assertThat(both.map(property, Map.of("pom", "1"))).isEqualTo(Map.of("c", "1"));
        assertThat(projectOnly.map(property, Map.of("pom", "1"))).isEqualTo(Map.of("pom", "1"));
        assertThat(projectOnly.map(property, null)).isEqualTo(Map.of("p", "1"));
      }
    }
  }

  @Test
  void anArgvPropertyIsSplitAsAShellSplitsALineSoCommasStayInTheirWord() {
    Properties commandLine = new Properties();
    commandLine.setProperty(
        "entrypoint.container.jvmFlags", "-Dprofiles=a,b  '-Dname=two words' -Xmx1g");

    assertThat(new PluginSettings(commandLine, null).list(NestedProperty.CONTAINER_JVM_FLAGS, null))
        .containsExactly("-Dprofiles=a,b", "-Dname=two words", "-Xmx1g");
  }

  @Test
  void anUnclosedQuoteNamesTheProperty() {
    Properties commandLine = new Properties();
    commandLine.setProperty("entrypoint.container.cmd", "run 'now");

    assertThatThrownBy(
            () -> new PluginSettings(commandLine, null).list(NestedProperty.CONTAINER_CMD, null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("-Dentrypoint.container.cmd");
  }

  @Test
  void aMapEntryWithoutEqualsNamesTheProperty() {
    Properties commandLine = new Properties();
    commandLine.setProperty("entrypoint.container.labels", "team=core,oops");

    assertThatThrownBy(
            () -> new PluginSettings(commandLine, null).map(NestedProperty.CONTAINER_LABELS, null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'oops'")
        .hasMessageContaining("-Dentrypoint.container.labels=KEY=VALUE");
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
