package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.SpringBootPackaging;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class FrameworkPluginsTest {

  private static MavenProject project(Plugin... plugins) {
    Model model = new Model();
    Build build = new Build();
    build.setDirectory("/work/demo/target");
    for (Plugin plugin : plugins) {
      build.addPlugin(plugin);
    }
    model.setBuild(build);
    return new MavenProject(model);
  }

  private static Plugin plugin(String groupId, String artifactId, String version, String config)
      throws Exception {
    Plugin plugin = new Plugin();
    plugin.setGroupId(groupId);
    plugin.setArtifactId(artifactId);
    plugin.setVersion(version);
    if (config != null) {
      plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader(config)));
    }
    return plugin;
  }

  private static Dependency dependency(String groupId, String artifactId) {
    return new Dependency(
        Path.of(artifactId + ".jar"),
        Dependency.Kind.RELEASE,
        new Dependency.Coordinates(groupId, artifactId, null, false));
  }

  @Test
  void readsTheRepackageSettingsAndTheStartClass() throws Exception {
    Plugin boot =
        plugin(
            "org.springframework.boot",
            "spring-boot-maven-plugin",
            "4.0.7",
            "<configuration><mainClass>${start-class}</mainClass>"
                + "<excludes><exclude><groupId>org.projectlombok</groupId>"
                + "<artifactId>lombok</artifactId></exclude></excludes>"
                + "<excludeDevtools>false</excludeDevtools></configuration>");
    PluginExecution repackage = new PluginExecution();
    repackage.addGoal("repackage");
    repackage.setConfiguration(boot.getConfiguration());
    boot.addExecution(repackage);
    Properties properties = new Properties();
    properties.setProperty("start-class", "demo.App");
    properties.setProperty("spring-boot.excludeGroupIds", "com.internal");

    SpringBootPackaging packaging = FrameworkPlugins.springBoot(project(boot), properties);

    assertThat(packaging.mainClass()).hasValue("demo.App");
    assertThat(packaging.leftOut(dependency("org.projectlombok", "lombok"))).isPresent();
    assertThat(packaging.leftOut(dependency("com.internal", "x"))).isPresent();
    assertThat(packaging.leftOut(dependency("org.springframework.boot", "spring-boot-devtools")))
        .isEmpty();
  }

  @Test
  void aProjectWithoutTheFrameworkPluginsHasNeither() throws Exception {
    MavenProject plain =
        project(plugin("org.apache.maven.plugins", "maven-jar-plugin", "3.4.2", null));

    assertThat(FrameworkPlugins.springBoot(plain, new Properties())).isNull();
    assertThat(FrameworkPlugins.quarkusApp(plain)).isNull();
  }

  @Test
  void quarkusBuildsIntoTargetQuarkusApp() throws Exception {
    MavenProject quarkus =
        project(plugin("io.quarkus.platform", "quarkus-maven-plugin", "3.34.1", null));

    assertThat(FrameworkPlugins.quarkusApp(quarkus))
        .isEqualTo(Path.of("/work/demo/target/quarkus-app"));
  }
}
