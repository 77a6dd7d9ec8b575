package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserPropertiesTest {

  private static UserProperties with(String name, String value) {
    MavenProject project = new MavenProject();
    project.getProperties().setProperty(name, value);
    return new UserProperties(null, project);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "entrypoint.container.jvmFlags",
        "entrypoint.container.entrypoint",
        "entrypoint.container.cmd"
      })
  void anArgvIsSplitLikeAShellLineSoCommasStayInTheirWord(String name) {
    assertThat(with(name, "-Dprofiles=a,b  '-Dname=two words' -Xmx1g").list(name, null))
        .containsExactly("-Dprofiles=a,b", "-Dname=two words", "-Xmx1g");
  }

  @Test
  void otherListsAreCommaSeparated() {
    assertThat(with("entrypoint.to.tags", "1.0, latest,,").list("entrypoint.to.tags", null))
        .containsExactly("1.0", "latest");
  }

  @Test
  void theConfiguredValueStandsWhenNoPropertyIsSet() {
    assertThat(with("other", "x").list("entrypoint.container.cmd", List.of("run")))
        .containsExactly("run");
  }

  @Test
  void anUnclosedQuoteInAnArgvNamesTheProperty() {
    assertThatThrownBy(
            () -> with("entrypoint.container.cmd", "run 'a").list("entrypoint.container.cmd", null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "-Dentrypoint.container.cmd=run 'a cannot be split into words: the quote ' at character 5"
                + " is never closed");
  }
}
