package dev.entrypoint.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesExpansionTest {

  private static final Map<String, String> ENV = Map.of("FOO", "foo", "EMPTY", "");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$(FOO)|foo",
        "x$(FOO)y|xfooy",
        "$(EMPTY)|''",
        "$(UNDEFINED)|$(UNDEFINED)",
        "$$(FOO)|$(FOO)",
        "$$$(FOO)|$foo",
        "$$|$",
        "$FOO|$FOO",
        "${FOO}|${FOO}",
        "$(FOO|$(FOO",
        "a$|a$",
        "$()|$()"
      })
  void expandsAsTheKubeletDoes(String input, String expected) {
    assertThat(KubernetesExpansion.expand(input, name -> Optional.ofNullable(ENV.get(name))))
        .isEqualTo(expected);
  }

  @Test
  void listsReferencesButNotEscapes() {
    assertThat(KubernetesExpansion.references("$(A) $$(B) $(C)$(A) $D")).containsExactly("A", "C");
  }
}
