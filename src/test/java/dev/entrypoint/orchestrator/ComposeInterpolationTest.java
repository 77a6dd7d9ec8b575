package dev.entrypoint.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeInterpolationTest {

  private static final Map<String, String> VARIABLES = Map.of("SET", "v", "EMPTY", "");

  private static String interpolate(String template) throws ComposeInterpolation.Failure {
    return ComposeInterpolation.interpolate(
            template, name -> Optional.ofNullable(VARIABLES.get(name)))
        .text();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "${SET}|v",
        "$SET-x|v-x",
        "${UNSET}|''",
        "${UNSET:-d}|d",
        "${EMPTY:-d}|d",
        "${EMPTY-d}|''",
        "${UNSET-d}|d",
        "${SET:-d}|v",
        "${SET:+alt}|alt",
        "${EMPTY:+alt}|''",
        "${EMPTY+alt}|alt",
        "${UNSET+alt}|''",
        "$$SET|$SET",
        "$${SET}|${SET}",
        "a$$|a$",
        "${UNSET:-${SET}}|v",
        "${UNSET:-x ${EMPTY:-y} z}|x y z",
        "${SET?boom}|v",
        "${EMPTY?boom}|''"
      })
  void followsComposeV2(String template, String expected) throws Exception {
    assertThat(interpolate(template)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$(date)", "a $", "${}", "${1A}", "${SET", "$1", "${SET:x}"})
  void refusesADollarThatStartsNoVariable(String template) {
    assertThatThrownBy(() -> interpolate(template))
        .isInstanceOf(ComposeInterpolation.Failure.class)
        .hasMessageStartingWith("invalid interpolation format in \"" + template + "\"");
  }

  @Test
  void aRequiredVariableStopsComposeWithItsMessage() {
    assertThatThrownBy(() -> interpolate("${EMPTY:?set EMPTY ${SET}}"))
        .hasMessageStartingWith("required variable EMPTY is missing a value: set EMPTY v");
    assertThatThrownBy(() -> interpolate("${UNSET?no}"))
        .hasMessageStartingWith("required variable UNSET is missing a value: no");
  }

  @Test
  void reportsEachUnsetVariableOnce() throws Exception {
    assertThat(
            ComposeInterpolation.interpolate("$A ${A} ${B:-x} $C", name -> Optional.empty())
                .unset())
        .containsExactly("A", "C");
  }

  @Test
  void listsTheVariablesATemplateReadsEscapesLeftOut() {
    assertThat(ComposeInterpolation.references("$A $${B} ${C:-${D}} $$E"))
        .containsExactly("A", "C", "D");
  }
}
