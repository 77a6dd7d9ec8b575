package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** Jib's signal for the Java version: compiler properties first, then the compiler's config. */
class CompiledJavaVersionTest {

  private static MavenProject project(String target, String release, String pluginRelease) {
    Model model = new Model();
    if (target != null) {
      model.addProperty("maven.compiler.target", target);
    }
    if (release != null) {
      model.addProperty("maven.compiler.release", release);
    }
    model.setBuild(new Build());
    if (pluginRelease != null) {
      Plugin compiler = new Plugin();
      compiler.setGroupId("org.apache.maven.plugins");
      compiler.setArtifactId("maven-compiler-plugin");
      Xpp3Dom configuration = new Xpp3Dom("configuration");
      Xpp3Dom element = new Xpp3Dom("release");
      element.setValue(pluginRelease);
      configuration.addChild(element);
      compiler.setConfiguration(configuration);
      model.getBuild().addPlugin(compiler);
    }
    return new MavenProject(model);
  }

  @Test
  void theTargetPropertyWinsOverTheReleaseProperty() {
    assertThat(CompiledJavaVersion.of(project("1.8", "17", null))).isEqualTo(8);
    assertThat(CompiledJavaVersion.of(project(null, "17", "11"))).isEqualTo(17);
  }

  @Test
  void theCompilerPluginsReleaseCountsWhenNoPropertyIsSet() {
    assertThat(CompiledJavaVersion.of(project(null, null, "11"))).isEqualTo(11);
  }

  @Test
  void nothingSetIsJibsDefaultOfJava6() {
    assertThat(CompiledJavaVersion.of(project(null, null, null))).isEqualTo(6);
  }

  @Test
  void versionsParseAsJibParsesThem() {
    assertThat(CompiledJavaVersion.major("1.8")).isEqualTo(8);
    assertThat(CompiledJavaVersion.major("21")).isEqualTo(21);
    assertThat(CompiledJavaVersion.major("17.0.2")).isEqualTo(17);
    assertThat(CompiledJavaVersion.major("${x}")).isZero();
  }
}
