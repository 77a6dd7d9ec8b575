package dev.entrypoint.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpringBootPackagingTest {

  private static final SpringBootPackaging DEFAULTS_4 =
      new SpringBootPackaging("4.0.7", null, null, null, null, List.of(), List.of(), null);

  private static Dependency dependency(String coordinates, boolean optional) {
    String[] parts = coordinates.split(":");
    return new Dependency(
        Path.of("/repo/" + parts[1] + ".jar"),
        Dependency.Kind.RELEASE,
        new Dependency.Coordinates(
            parts[0], parts[1], parts.length > 2 ? parts[2] : null, optional));
  }

  private static Optional<String> leftOut(SpringBootPackaging packaging, String coordinates) {
    return packaging.leftOut(dependency(coordinates, false));
  }

  @Test
  void devtoolsAndDockerComposeStayOutByDefault() {
    assertThat(leftOut(DEFAULTS_4, "org.springframework.boot:spring-boot-devtools"))
        .hasValueSatisfying(why -> assertThat(why).contains("<excludeDevtools>"));
    assertThat(leftOut(DEFAULTS_4, "org.springframework.boot:spring-boot-docker-compose"))
        .hasValueSatisfying(why -> assertThat(why).contains("<excludeDockerCompose>"));
    assertThat(leftOut(DEFAULTS_4, "org.springframework.boot:spring-boot-starter-web")).isEmpty();
  }

  @Test
  void turningTheExclusionsOffKeepsThem() {
    SpringBootPackaging keep =
        new SpringBootPackaging("4.0.7", null, false, false, null, List.of(), List.of(), null);

    assertThat(leftOut(keep, "org.springframework.boot:spring-boot-devtools")).isEmpty();
    assertThat(leftOut(keep, "org.springframework.boot:spring-boot-docker-compose")).isEmpty();
  }

  @Test
  void excludesMatchGroupAndArtifactAndTheClassifierWhenGiven() {
    SpringBootPackaging packaging =
        new SpringBootPackaging(
            "3.5.7",
            null,
            null,
            null,
            null,
            List.of("org.projectlombok:lombok", "com.example:native:linux"),
            List.of(),
            "com.internal, org.tools");

    assertThat(leftOut(packaging, "org.projectlombok:lombok")).isPresent();
    assertThat(leftOut(packaging, "org.projectlombok:lombok:sources")).isPresent();
    assertThat(leftOut(packaging, "com.example:native:linux")).isPresent();
    assertThat(leftOut(packaging, "com.example:native:windows")).isEmpty();
    assertThat(leftOut(packaging, "com.example:native")).isEmpty();
    assertThat(leftOut(packaging, "org.tools:anything"))
        .hasValue("<excludeGroupIds> names org.tools");
    assertThat(leftOut(packaging, "org.tools.more:anything")).isEmpty();
  }

  @Test
  void includesKeepOnlyWhatTheyName() {
    SpringBootPackaging packaging =
        new SpringBootPackaging(
            "4.0.7", null, null, null, null, List.of(), List.of("com.example:kept"), null);

    assertThat(leftOut(packaging, "com.example:kept")).isEmpty();
    assertThat(leftOut(packaging, "com.example:other")).hasValue("not among <includes>");
  }

  @Test
  void optionalDependenciesStayOutFromSpringBoot4AndInBefore() {
    Dependency optional = dependency("com.example:optional-thing", true);

    assertThat(DEFAULTS_4.leftOut(optional)).isPresent();
    assertThat(
            new SpringBootPackaging("3.5.7", null, null, null, null, List.of(), List.of(), null)
                .leftOut(optional))
        .isEmpty();
    assertThat(
            new SpringBootPackaging("4.0.7", null, null, null, true, List.of(), List.of(), null)
                .leftOut(optional))
        .isEmpty();
  }

  @Test
  void aDependencyWithoutCoordinatesIsKept() {
    assertThat(
            DEFAULTS_4.leftOut(
                new Dependency(Path.of("/repo/devtools.jar"), Dependency.Kind.RELEASE)))
        .isEmpty();
  }

  @Test
  void theMainClassIsTheConfiguredOneUnlessMavenLeftItUnresolved() {
    assertThat(
            new SpringBootPackaging(
                    "4.0.7", "demo.App", null, null, null, List.of(), List.of(), null)
                .mainClass())
        .hasValue("demo.App");
    assertThat(
            new SpringBootPackaging(
                    "4.0.7", "${start-class}", null, null, null, List.of(), List.of(), null)
                .mainClass())
        .isEmpty();
  }

  @Test
  void anExcludeWithoutAnArtifactIdIsRefused() {
    assertThatThrownBy(
            () ->
                new SpringBootPackaging(
                    "4.0.7", null, null, null, null, List.of("com.example:"), List.of(), null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<excludes>")
        .hasMessageContaining("groupId:artifactId");
  }

  @Test
  void theLayoutLeavesOutWhatSpringBootLeavesOutAndSaysSo() {
    List<Dependency> all =
        List.of(
            dependency("org.springframework.boot:spring-boot-starter-web", false),
            dependency("org.springframework.boot:spring-boot-devtools", true));

    FrameworkLayout layout = FrameworkLayout.of(all, DEFAULTS_4, null);

    assertThat(layout.framework()).isEqualTo(FrameworkLayout.Framework.SPRING_BOOT);
    assertThat(layout.dependencies()).containsExactly(all.get(0));
    assertThat(layout.notes()).first().asString().startsWith("Application layout: Spring Boot");
    assertThat(layout.notes())
        .contains(
            "  spring-boot-devtools.jar (development only: <excludeDevtools> is true, the default)");
    assertThat(FrameworkLayout.plainJava(all).dependencies()).isEqualTo(all);
  }
}
