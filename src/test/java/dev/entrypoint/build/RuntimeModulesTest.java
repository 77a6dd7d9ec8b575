package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleFinder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimeModulesTest {

  private static final ModuleFinder JDK = ModuleFinder.ofSystem();

  private static Set<String> added(Set<String> found, boolean libraries, List<String> options) {
    return RuntimeModules.added(found, libraries, options, JDK).keySet();
  }

  @Test
  void classesAloneGetTheTlsProviderOnly() {
    assertThat(added(Set.of("java.base"), false, List.of())).containsExactly("jdk.crypto.ec");
  }

  @Test
  void librariesGetUnsafeAndTheZipFileSystem() {
    assertThat(added(Set.of("java.base"), true, List.of()))
        .containsExactly("jdk.crypto.ec", "jdk.unsupported", "jdk.zipfs");
  }

  @Test
  void modulesRequiredByWhatJdepsPrintsCount() {
    // jdeps prints java.sql.rowset, which requires java.naming and java.sql (and so java.logging).
    assertThat(added(Set.of("java.sql.rowset"), false, List.of())).contains("jdk.naming.dns");
    assertThat(added(Set.of("java.management"), false, List.of())).contains("jdk.management");
    assertThat(added(Set.of("java.logging"), false, List.of()))
        .doesNotContain("jdk.naming.dns", "jdk.management");
  }

  @Test
  void anAgentGetsJavaInstrument() {
    assertThat(added(Set.of("java.base"), false, List.of("-javaagent:/app/agent.jar")))
        .contains("java.instrument");
    assertThat(added(Set.of("java.base"), false, List.of("-Xmx1g")))
        .doesNotContain("java.instrument");
  }

  @Test
  void whatIsAlreadyLinkedOrAbsentFromTheJdkIsNotAdded() {
    assertThat(added(Set.of("jdk.unsupported"), true, List.of())).doesNotContain("jdk.unsupported");
    assertThat(
            RuntimeModules.added(Set.of("java.base"), true, List.of(), ModuleFinder.of()).keySet())
        .isEmpty();
  }

  @Test
  void theClosureFollowsRequires() {
    assertThat(RuntimeModules.closure(Set.of("java.sql"), JDK))
        .contains("java.sql", "java.logging", "java.xml", "java.transaction.xa", "java.base");
  }
}
