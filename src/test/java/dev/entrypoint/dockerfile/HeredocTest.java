package dev.entrypoint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Here-documents, checked against BuildKit's documented behaviour (the Dockerfile reference's
 * "Here-Documents" section and BuildKit's {@code parser_heredoc_test.go}), not against an engine:
 * neither builder of the Docker 20.10 the engine tests run has them.
 */
class HeredocTest {

  private static final DockerfileParser PARSER = DockerfileParser.withUnknownBaseImages();

  private static Dockerfile parse(String... lines) {
    return PARSER.parse(String.join("\n", lines) + "\n");
  }

  @Test
  void theBodyOfARunHeredocIsContentNotInstructions() {
    Dockerfile dockerfile =
        parse(
            "FROM scratch",
            "RUN <<EOF",
            "FROM not-an-instruction",
            "# not a comment",
            "EOF",
            "CMD [\"x\"]");
    assertThat(dockerfile.problems()).isEmpty();
    assertThat(dockerfile.instructions())
        .extracting(Instruction::kind)
        .containsExactly(Keyword.FROM, Keyword.RUN, Keyword.CMD);
    Instruction run = dockerfile.instructions().get(1);
    assertThat(run.heredocs())
        .containsExactly(
            new Heredoc("EOF", 0, false, true, "FROM not-an-instruction\n# not a comment\n", 3, 5));
    assertThat(run.lastLine()).isEqualTo(5);
    assertThat(dockerfile.comments()).isEmpty();
    assertThat(dockerfile.instructions().get(2).startLine()).isEqualTo(6);
  }

  @Test
  void quotedDelimitersTurnOffExpansion() {
    Dockerfile dockerfile =
        parse(
            "FROM scratch",
            "RUN <<'EOF'",
            "echo $HOME",
            "EOF",
            "RUN <<\"END\"",
            "x",
            "END",
            "RUN <<E\"O\"F",
            "y",
            "EOF");
    assertThat(dockerfile.problems()).isEmpty();
    assertThat(dockerfile.instructions().subList(1, 4))
        .extracting(instruction -> instruction.heredocs().get(0))
        .extracting(Heredoc::name, Heredoc::expand)
        .containsExactly(tuple("EOF", false), tuple("END", false), tuple("EOF", false));
  }

  @Test
  void dashDelimiterMayBeIndentedWithTabs() {
    Instruction run =
        parse("FROM scratch", "RUN <<-EOF", "\techo hi", "\tEOF").instructions().get(1);
    assertThat(run.heredocs())
        .singleElement()
        .satisfies(
            heredoc -> {
              assertThat(heredoc.chomp()).isTrue();
              assertThat(heredoc.content()).isEqualTo("\techo hi\n");
              assertThat(heredoc.delimiterLine()).isEqualTo(4);
            });
  }

  @Test
  void withoutTheDashAnIndentedDelimiterIsContent() {
    Dockerfile dockerfile = parse("FROM scratch", "RUN <<EOF", "\tEOF", "EOF");
    assertThat(dockerfile.instructions().get(1).heredocs().get(0).content()).isEqualTo("\tEOF\n");
  }

  @Test
  void severalHeredocsOnOneLineAreReadInOrder() {
    Dockerfile dockerfile =
        parse(
            "FROM scratch",
            "COPY <<one.txt <<two.txt /dest/",
            "first",
            "one.txt",
            "second",
            "two.txt",
            "ENTRYPOINT [\"/dest/run\"]");
    assertThat(dockerfile.problems()).isEmpty();
    Instruction copy = dockerfile.instructions().get(1);
    assertThat(copy.heredocs())
        .extracting(Heredoc::name, Heredoc::content)
        .containsExactly(tuple("one.txt", "first\n"), tuple("two.txt", "second\n"));
    assertThat(copy.words()).containsExactly("<<one.txt", "<<two.txt", "/dest/");
    assertThat(dockerfile.target().orElseThrow().launch().entrypoint())
        .containsExactly("/dest/run");
  }

  @Test
  void aFileDescriptorAndBlanksBeforeTheDelimiterAreAllowed() {
    Instruction run =
        parse(
                "FROM scratch",
                "RUN 3<<EOF cat /proc/self/fd/3 && cat << END",
                "a",
                "EOF",
                "b",
                "END")
            .instructions()
            .get(1);
    assertThat(run.heredocs())
        .extracting(Heredoc::name, Heredoc::fileDescriptor)
        .containsExactly(tuple("EOF", 3), tuple("END", 0));
  }

  @Test
  void heredocsAreReadAfterTheContinuationLinesOfTheirInstruction() {
    Dockerfile dockerfile = parse("FROM scratch", "RUN cat <<EOF \\", "  | tr a b", "abc", "EOF");
    Instruction run = dockerfile.instructions().get(1);
    assertThat(run.command().shell()).isEqualTo("cat <<EOF   | tr a b");
    assertThat(run.heredocs().get(0).firstLine()).isEqualTo(4);
  }

  @Test
  void onlyShellFormRunCopyAndAddOpenHeredocs() {
    assertThat(parse("FROM scratch", "RUN [\"cat\", \"<<EOF\"]").instructions().get(1).heredocs())
        .isEmpty();
    assertThat(parse("FROM scratch", "RUN cat<<EOF").instructions().get(1).heredocs()).isEmpty();
    assertThat(parse("FROM scratch", "RUN echo '<<EOF'").instructions().get(1).heredocs())
        .isEmpty();
    Dockerfile cmd = parse("FROM scratch", "CMD cat <<EOF", "hello", "EOF");
    assertThat(cmd.instructions().get(1).heredocs()).isEmpty();
    assertThat(cmd.problems()).extracting(ParseProblem::line).containsExactly(3, 4);
  }

  @Test
  void onbuildOfRunCarriesItsHeredoc() {
    Instruction onbuild =
        parse("FROM scratch", "ONBUILD RUN <<EOF", "echo later", "EOF").instructions().get(1);
    assertThat(onbuild.heredocs()).extracting(Heredoc::content).containsExactly("echo later\n");
  }

  @Test
  void anUnterminatedHeredocIsAProblemAtItsInstruction() {
    assertThat(parse("FROM scratch", "RUN <<EOF", "echo never closed").problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.message()).contains("unterminated heredoc");
            });
  }

  @Test
  void aHeredocCannotBeTheDestination() {
    Dockerfile dockerfile = parse("FROM scratch", "COPY src <<EOF", "x", "EOF", "CMD [\"ok\"]");
    assertThat(dockerfile.problems())
        .extracting(ParseProblem::message)
        .containsExactly("COPY cannot accept a heredoc as a destination");
    assertThat(dockerfile.instructions())
        .extracting(Instruction::kind)
        .containsExactly(Keyword.FROM, Keyword.CMD);
  }

  @Test
  void crlfBodiesAreMatchedWithoutTheirCarriageReturns() {
    Dockerfile dockerfile =
        PARSER.parse("FROM scratch\r\nRUN <<EOF\r\necho hi\r\nEOF\r\nCMD [\"x\"]\r\n");
    assertThat(dockerfile.problems()).isEmpty();
    assertThat(dockerfile.instructions().get(1).heredocs().get(0).content()).isEqualTo("echo hi\n");
    assertThat(dockerfile.instructions()).hasSize(3);
    assertThat(dockerfile.instructions().get(2).startLine()).isEqualTo(5);
  }
}
