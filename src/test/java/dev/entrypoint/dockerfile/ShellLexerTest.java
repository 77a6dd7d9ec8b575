package dev.entrypoint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Variable expansion and quote removal as BuildKit's {@code shell/lex.go} does them. */
class ShellLexerTest {

  private static final Map<String, String> VARIABLES =
      Map.of("A", "1", "EMPTY", "", "FILE", "a.tar.gz", "P", "x y");

  static Stream<Arguments> words() {
    return Stream.of(
        arguments("plain", "plain"),
        arguments("$A", "1"),
        arguments("${A}", "1"),
        arguments("$A$A", "11"),
        arguments("$UNSET", ""),
        arguments("$", "$"),
        arguments("a$", "a$"),
        arguments("${UNSET:-d}", "d"),
        arguments("${EMPTY:-d}", "d"),
        arguments("${EMPTY-d}", ""),
        arguments("${A:+alt}", "alt"),
        arguments("${EMPTY:+alt}", ""),
        arguments("${EMPTY+alt}", "alt"),
        arguments("${UNSET:-$A}", "1"),
        arguments("${FILE%%.*}", "a"),
        arguments("${FILE%.*}", "a.tar"),
        arguments("${FILE#*.}", "tar.gz"),
        arguments("${FILE##*.}", "gz"),
        arguments("${FILE/./_}", "a_tar.gz"),
        arguments("${FILE//./_}", "a_tar_gz"),
        arguments("'$A'", "$A"),
        arguments("\"$A\"", "1"),
        arguments("\"a\\\"b\"", "a\"b"),
        arguments("\"a\\nb\"", "a\\nb"),
        arguments("a\\ b", "a b"),
        arguments("\\$A", "$A"),
        arguments("\"\\$A\"", "$A"),
        arguments("x\\", "x"),
        arguments("$1", ""),
        arguments("h\u00e9$A\u2713", "h\u00e91\u2713"));
  }

  @ParameterizedTest
  @MethodSource("words")
  void wordsExpandAsInDocker(String word, String expanded) throws ShellLexer.SyntaxError {
    assertThat(ShellLexer.expand(word, '\\', VARIABLES::get)).isEqualTo(expanded);
  }

  @Test
  void theBacktickEscapeLeavesBackslashesAlone() throws ShellLexer.SyntaxError {
    assertThat(ShellLexer.expand("C:\\dir\\`$A", '`', VARIABLES::get)).isEqualTo("C:\\dir\\$A");
  }

  @Test
  void expandedWordsSplitOnUnquotedBlanksOnly() throws ShellLexer.SyntaxError {
    assertThat(ShellLexer.expandWords("$P \"q r\" s", '\\', VARIABLES::get))
        .containsExactly("x", "y", "q r", "s");
  }

  @Test
  void rawWordsKeepQuotesEscapesAndVariables() throws ShellLexer.SyntaxError {
    assertThat(ShellLexer.rawWords("RUN cat <<'EOF' \"$A b\" \\x << END"))
        .isEqualTo(List.of("RUN", "cat", "<<'EOF'", "\"$A b\"", "\\x", "<< END"));
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        arguments("${A", "missing '}'"),
        arguments("${", "missing '}'"),
        arguments("${}", "bad substitution"),
        arguments("${:-x}", "bad substitution"),
        arguments("${A!}", "unsupported modifier (!)"),
        arguments("${A:#x}", "unsupported modifier (:#)"),
        arguments("${UNSET?}", "UNSET: is not allowed to be unset"),
        arguments("${EMPTY:?must be set}", "EMPTY: must be set"),
        arguments("'open", "matching single-quote"),
        arguments("\"open", "matching double-quote"));
  }

  @ParameterizedTest
  @MethodSource("syntaxErrors")
  void malformedWordsAreSyntaxErrors(String word, String message) {
    assertThatThrownBy(() -> ShellLexer.expand(word, '\\', VARIABLES::get))
        .isInstanceOf(ShellLexer.SyntaxError.class)
        .hasMessageContaining(message);
  }
}
