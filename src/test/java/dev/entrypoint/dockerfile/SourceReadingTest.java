package dev.entrypoint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How lines become instructions: directives, continuations, comments, line endings, keywords. */
class SourceReadingTest {

  private static final DockerfileParser PARSER = DockerfileParser.withUnknownBaseImages();

  private static String lastShellLine(String text) {
    Dockerfile dockerfile = PARSER.parse(text);
    assertThat(dockerfile.problems()).isEmpty();
    List<Instruction> instructions = dockerfile.instructions();
    return instructions.get(instructions.size() - 1).command().shell();
  }

  static Stream<Arguments> continuations() {
    return Stream.of(
        arguments("FROM scratch\nCMD a \\\n  b\n", "a   b"),
        arguments("FROM scratch\nCMD a \\ \t \n  b\n", "a   b"),
        arguments("FROM scratch\nCMD a \\\n# comment\n\n   \n  b\n", "a   b"),
        arguments("FROM scratch\nCMD a \\\n  \\\n  b\n", "a     b"),
        arguments("FROM scratch\nCMD a \\\n", "a"),
        arguments("FROM scratch\nCMD a \\\n# only a comment follows\n", "a"),
        arguments("FROM scratch\nCMD a \\\\\n", "a \\\\"),
        arguments("FROM scratch\nCMD \\\n  a\n", "a"),
        arguments("# escape=`\nFROM scratch\nCMD C:\\dir `\n  b\n", "C:\\dir   b"),
        arguments("# escape=`\nFROM scratch\nCMD a \\\n", "a \\"),
        arguments("FROM scratch\r\nCMD a \\\r\n  b\r\n", "a   b"),
        arguments("\uFEFFFROM scratch\nCMD bom\n", "bom"));
  }

  @ParameterizedTest
  @MethodSource("continuations")
  void continuationLinesJoinAsDockerJoinsThem(String text, String line) {
    assertThat(lastShellLine(text)).isEqualTo(line);
  }

  static Stream<Arguments> directives() {
    return Stream.of(
        arguments("# escape=`\nFROM scratch\n", '`', 1),
        arguments("#escape=`\nFROM scratch\n", '`', 1),
        arguments("  #   ESCAPE = `  \nFROM scratch\n", '`', 1),
        arguments("\uFEFF# escape=`\nFROM scratch\n", '`', 1),
        arguments(
            "# syntax=docker/dockerfile:1\n# check=skip=all\n# escape=`\nFROM scratch\n", '`', 3),
        arguments("# a comment\n# escape=`\nFROM scratch\n", '\\', 0),
        arguments("\n# escape=`\nFROM scratch\n", '\\', 0),
        arguments("# foo=bar\n# escape=`\nFROM scratch\n", '\\', 0),
        arguments("FROM scratch\n# escape=`\n", '\\', 0));
  }

  @ParameterizedTest
  @MethodSource("directives")
  void directivesCountOnlyInTheUnbrokenRunOfDirectiveLinesAtTheTop(
      String text, char escape, int count) {
    Dockerfile dockerfile = PARSER.parse(text);
    assertThat(dockerfile.problems()).isEmpty();
    assertThat(dockerfile.escape()).isEqualTo(escape);
    assertThat(dockerfile.directives()).hasSize(count);
  }

  static Stream<Arguments> badDirectives() {
    return Stream.of(
        arguments("# escape=`\n# escape=\\\nFROM scratch\n", 2, "only one escape parser directive"),
        arguments("# syntax=a\n# SYNTAX=b\nFROM scratch\n", 2, "only one syntax parser directive"),
        arguments("# escape=\\\\\nFROM scratch\n", 1, "invalid escape token '\\\\'"),
        arguments("# escape=x\nFROM scratch\n", 1, "invalid escape token 'x'"));
  }

  @ParameterizedTest
  @MethodSource("badDirectives")
  void aRepeatedOrInvalidDirectiveIsAProblem(String text, int line, String message) {
    assertThat(PARSER.parse(text).problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(line);
              assertThat(problem.message()).contains(message);
            });
  }

  @Test
  void directiveValuesAreKeptAsWritten() {
    Dockerfile dockerfile =
        PARSER.parse("# syntax = docker/dockerfile:1.7  \n# Check=error=true\nFROM scratch\n");
    assertThat(dockerfile.directives())
        .extracting(Directive::name, Directive::value, Directive::line)
        .containsExactly(
            tuple("syntax", "docker/dockerfile:1.7", 1), tuple("check", "error=true", 2));
  }

  @Test
  void everyCommentIsKeptWithItsLineButDirectivesAreNotComments() {
    Dockerfile dockerfile =
        PARSER.parse(
            "# escape=\\\n# entrypoint:ignore=shell-form-entrypoint legacy launcher\nFROM scratch\n"
                + "CMD a \\\n  # inside a continuation\n  b\n    #indented\n");
    assertThat(dockerfile.comments())
        .containsExactly(
            new Comment(2, "entrypoint:ignore=shell-form-entrypoint legacy launcher"),
            new Comment(5, "inside a continuation"),
            new Comment(7, "indented"));
  }

  @Test
  void aHashAfterAnInstructionIsPartOfItsArguments() {
    assertThat(lastShellLine("FROM scratch\nCMD run # not a comment\n"))
        .isEqualTo("run # not a comment");
  }

  @Test
  void instructionsKnowTheirLinesAndKeywordsAsWritten() {
    Dockerfile dockerfile =
        PARSER.parse(
            "\n\tfrom scratch AS base\n\nEntryPoint [\"a\", \\\n# c\n  \"b\"]\n  cmd\tx\n");
    List<Instruction> instructions = dockerfile.instructions();
    assertThat(instructions)
        .extracting(Instruction::keyword)
        .containsExactly("from", "EntryPoint", "cmd");
    assertThat(instructions)
        .extracting(Instruction::kind)
        .containsExactly(Keyword.FROM, Keyword.ENTRYPOINT, Keyword.CMD);
    assertThat(instructions).extracting(Instruction::startLine).containsExactly(2, 4, 7);
    assertThat(instructions).extracting(Instruction::endLine).containsExactly(2, 6, 7);
    assertThat(instructions.get(1).arguments()).isEqualTo("[\"a\",   \"b\"]");
    assertThat(instructions.get(1).command().exec()).containsExactly("a", "b");
    assertThat(instructions.get(2).command().shell()).isEqualTo("x");
  }

  @Test
  void flagsAreSeparatedFromArguments() {
    Dockerfile dockerfile =
        PARSER.parse(
            "FROM --platform=linux/arm64 scratch AS b\nCOPY --chown=\"1 000\" --link a /b\n");
    assertThat(dockerfile.instructions().get(0).flags()).containsExactly("--platform=linux/arm64");
    assertThat(dockerfile.instructions().get(0).words()).containsExactly("scratch", "AS", "b");
    assertThat(dockerfile.instructions().get(1).flags()).containsExactly("--chown=1 000", "--link");
    assertThat(dockerfile.instructions().get(1).arguments()).isEqualTo("a /b");
    assertThat(dockerfile.stages().get(0).platform()).isEqualTo("linux/arm64");
  }

  static Stream<Arguments> wordSplitting() {
    return Stream.of(
        arguments("ENV A=1 B=\"two words\"", List.of("A", "1", "B", "\"two words\"")),
        arguments("ENV LEGACY value with  spaces", List.of("LEGACY", "value with  spaces")),
        arguments("LABEL \"a b\"=c", List.of("\"a b\"", "c")),
        arguments("ARG A B=2", List.of("A", "B=2")),
        arguments("EXPOSE 80  443/udp", List.of("80", "443/udp")),
        arguments("COPY [\"a b\", \"/c\"]", List.of("a b", "/c")),
        arguments("VOLUME /a /b", List.of("/a", "/b")),
        arguments("USER app user", List.of("app user")),
        arguments("HEALTHCHECK CMD [\"true\"]", List.of("CMD", "true")),
        arguments("ONBUILD RUN echo hi", List.of("RUN", "echo hi")));
  }

  @ParameterizedTest
  @MethodSource("wordSplitting")
  void argumentsAreSplitTheWayEachKeywordSplitsThem(String instruction, List<String> words) {
    Dockerfile dockerfile = PARSER.parse("FROM scratch\n" + instruction + "\n");
    assertThat(dockerfile.problems()).isEmpty();
    assertThat(dockerfile.instructions().get(1).words()).isEqualTo(words);
  }

  @Test
  void onbuildKeepsItsTriggerAsAnInstruction() {
    Instruction onbuild =
        PARSER.parse("FROM scratch\nONBUILD ENTRYPOINT ['x']\n").instructions().get(1);
    assertThat(onbuild.trigger().kind()).isEqualTo(Keyword.ENTRYPOINT);
    assertThat(onbuild.trigger().command().jsonFailure().reason()).contains("single quotes");
    assertThat(onbuild.trigger().command().jsonFailure().column()).isEqualTo(21);
  }
}
