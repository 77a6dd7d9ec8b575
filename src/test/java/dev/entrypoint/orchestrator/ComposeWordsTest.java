package dev.entrypoint.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeWordsTest {

  @Test
  void splitsOnBlanksKeepingQuotedWordsWhole() {
    assertThat(ComposeWords.split("a 'b c'  \"d e\" f\\ g").words())
        .containsExactly("a", "b c", "d e", "f g");
  }

  @Test
  void emptyQuotesAreEmptyWords() {
    assertThat(ComposeWords.split("a '' \"\"").words()).containsExactly("a", "", "");
  }

  @Test
  void aBackslashInDoubleQuotesKeepsOnlyTheNextCharacter() {
    assertThat(ComposeWords.split("printf \"x\\ty\" 'x\\ty'").words())
        .containsExactly("printf", "xty", "x\\ty");
  }

  @Test
  void stopsAtTheFirstOperatorAndDropsTheRest() {
    ComposeWords words = ComposeWords.split("./migrate && ./serve --port 80");

    assertThat(words.words()).containsExactly("./migrate");
    assertThat(words.dropped()).isEqualTo("&& ./serve --port 80");
  }

  @Test
  void aDigitBeforeARedirectionGoesWithIt() {
    ComposeWords words = ComposeWords.split("serve 2>&1");

    assertThat(words.words()).containsExactly("serve");
    assertThat(words.dropped()).isEqualTo("2>&1");
  }

  @Test
  void keepsSubstitutionsWholeAndLiteral() {
    assertThat(ComposeWords.split("echo $(date +%s) `id -u` x").words())
        .containsExactly("echo", "$(date +%s)", "`id -u`", "x");
  }

  @Test
  void anEmptyLineHasNoWords() {
    assertThat(ComposeWords.split("  ").words()).isEqualTo(List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo()", "echo 'open", "echo \"open", "a\\"})
  void refusesWhatComposeV2Refuses(String line) {
    assertThatThrownBy(() -> ComposeWords.split(line)).hasMessage(ComposeWords.INVALID);
  }
}
