package dev.entrypoint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.entrypoint.launch.CommandForm;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exec form is a whole, valid JSON array of strings; anything else is shell form or an error. */
class ExecAndShellFormTest {

  private static final DockerfileParser PARSER = DockerfileParser.withUnknownBaseImages();

  private static CommandLine command(String arguments) {
    Dockerfile dockerfile = PARSER.parse("FROM scratch\nCMD " + arguments + "\n");
    assertThat(dockerfile.problems()).isEmpty();
    return dockerfile.instructions().get(1).command();
  }

  static Stream<Arguments> execForms() {
    return Stream.of(
        arguments("[\"java\", \"-jar\", \"app.jar\"]", List.of("java", "-jar", "app.jar")),
        arguments("[]", List.of()),
        arguments("[ ]", List.of()),
        arguments("[\"\"]", List.of("")),
        arguments("[ \"a\" , \"b\" ]", List.of("a", "b")),
        arguments("[\"$HOME\", \"${X}\"]", List.of("$HOME", "${X}")),
        arguments("[\"a\\\"b\", \"c\\\\d\", \"\\/\"]", List.of("a\"b", "c\\d", "/")),
        arguments(
            "[\"\\u00e9\", \"\\ud83d\\ude00\", \"\\ud800\"]",
            List.of("\u00e9", "\uD83D\uDE00", "\uFFFD")),
        arguments("[\"tab\\there\", \"new\\nline\"]", List.of("tab\there", "new\nline")),
        arguments("[\"h\u00e9llo \u2713\"]", List.of("h\u00e9llo \u2713")),
        arguments("\t [\"a\"]  ", List.of("a")));
  }

  @ParameterizedTest
  @MethodSource("execForms")
  void aValidJsonArrayOfStringsIsExecForm(String arguments, List<String> argv) {
    CommandLine command = command(arguments);
    assertThat(command.form()).isEqualTo(CommandForm.EXEC);
    assertThat(command.exec()).isEqualTo(argv);
    assertThat(command.jsonFailure()).isNull();
  }

  static Stream<Arguments> brokenArrays() {
    return Stream.of(
        arguments("['echo', 'hi']", 1, "'", "single quotes are not JSON"),
        arguments("[\"echo\", \"hi\",]", 14, "]", "trailing comma before ]"),
        arguments("[echo, hi]", 1, "e", "unquoted word 'echo'"),
        arguments("[$HOME]", 1, "$", "unquoted variable $HOME"),
        arguments("[\"echo\" \"hi\"]", 8, "\"", "missing comma between elements"),
        arguments("[\"echo\"] && more", 9, "&", "text after the closing ]"),
        arguments("[\"echo\"]  # note", 10, "#", "text after the closing ]"),
        arguments("[ \"a\" ]]", 7, "]", "text after the closing ]"),
        arguments("[\"a\",,\"b\"]", 5, ",", "an empty element"),
        arguments("[,\"a\"]", 1, ",", "an empty element"),
        arguments("[\"echo\", \"hi\"", 13, "", "the array is not closed"),
        arguments("[\"echo]", 7, "", "is not closed: add a double quote"),
        arguments("[\"a\tb\"]", 3, "\t", "a tab inside a JSON string must be written as \\t"),
        arguments("[\"C:\\app\"]", 4, "\\", "invalid escape \\a"),
        arguments("[\"\\u12\"]", 2, "\\", "invalid \\u escape"),
        arguments("[\u201cecho\u201d]", 1, "\u201c", "typographic quotes are not JSON"),
        arguments("[[\"echo\"], hi]", 11, "h", "not valid JSON"),
        arguments("[1a]", 1, "1", "unquoted word '1a'"));
  }

  @ParameterizedTest
  @MethodSource("brokenArrays")
  void aBrokenArrayFallsBackToShellFormAndSaysWhichCharacterBrokeIt(
      String arguments, int offset, String character, String reason) {
    CommandLine command = command(arguments);
    assertThat(command.form()).isEqualTo(CommandForm.SHELL);
    assertThat(command.shell()).isEqualTo(arguments.strip());
    assertThat(command.jsonFailure()).isNotNull();
    assertThat(command.jsonFailure().offset()).isEqualTo(offset);
    assertThat(command.jsonFailure().character()).isEqualTo(character);
    assertThat(command.jsonFailure().reason()).contains(reason);
  }

  static Stream<Arguments> shellForms() {
    return Stream.of(
        arguments("echo hi", "echo hi"),
        arguments("{\"cmd\": \"x\"}", "{\"cmd\": \"x\"}"),
        arguments("exec java -jar app.jar  # trailing", "exec java -jar app.jar  # trailing"),
        arguments("", ""),
        arguments("  \t ", ""));
  }

  @ParameterizedTest
  @MethodSource("shellForms")
  void textThatDoesNotStartWithABracketIsShellFormWithoutAFailure(String arguments, String line) {
    CommandLine command = command(arguments);
    assertThat(command.form()).isEqualTo(CommandForm.SHELL);
    assertThat(command.shell()).isEqualTo(line);
    assertThat(command.jsonFailure()).isNull();
  }

  static Stream<Arguments> refusedArrays() {
    return Stream.of(
        arguments("[\"serve\", 8080]", "one element is 8080"),
        arguments("[[\"echo\"], \"hi\"]", "one element is a nested array"),
        arguments("[null]", "one element is null"),
        arguments("[true]", "one element is true"),
        arguments("[{\"a\": 1}]", "one element is an object"));
  }

  @ParameterizedTest
  @MethodSource("refusedArrays")
  void aValidJsonArrayHoldingAnythingButStringsIsRefused(String arguments, String detail) {
    Dockerfile dockerfile = PARSER.parse("FROM scratch\nCMD " + arguments + "\n");
    assertThat(dockerfile.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.message())
                  .contains("arrays must be comprised of strings only")
                  .contains(detail);
            });
  }

  @Test
  void theFailurePointsAtTheFileLineAndColumnAcrossContinuations() {
    Dockerfile dockerfile = PARSER.parse("FROM scratch\nENTRYPOINT [\"a\", \\\n# note\n   'b']\n");
    JsonArrayFailure failure = dockerfile.instructions().get(1).command().jsonFailure();
    assertThat(failure.line()).isEqualTo(4);
    assertThat(failure.column()).isEqualTo(4);
    assertThat(failure.character()).isEqualTo("'");
  }

  @Test
  void shellFormIsStoredInTheStageShellAndExecFormAsIs() {
    CommandLine shell = command("echo  a   b");
    assertThat(shell.storedWith(List.of("/bin/bash", "-c")))
        .containsExactly("/bin/bash", "-c", "echo  a   b");
    CommandLine exec = command("[\"a\"]");
    assertThat(exec.storedWith(List.of("/bin/bash", "-c"))).containsExactly("a");
  }

  @Test
  void healthcheckCommandsAreReadLikeCmd() {
    Dockerfile dockerfile = PARSER.parse("FROM scratch\nHEALTHCHECK --interval=5s CMD ['true']\n");
    Instruction healthcheck = dockerfile.instructions().get(1);
    assertThat(healthcheck.command().form()).isEqualTo(CommandForm.SHELL);
    assertThat(healthcheck.command().jsonFailure().reason()).contains("single quotes");
    assertThat(dockerfile.target().orElseThrow().config().healthcheck())
        .containsExactly("CMD-SHELL", "['true']");
  }
}
