package dev.entrypoint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files Docker refuses give a problem with the line at fault, never an exception. */
class ParseProblemTest {

  private static final DockerfileParser PARSER = DockerfileParser.withUnknownBaseImages();

  static Stream<Arguments> refusedFiles() {
    return Stream.of(
        arguments("", 1, "file with no instructions"),
        arguments("# only\n\n# comments\n", 3, "file with no instructions"),
        arguments("ARG A=1\n", 1, "no stages to build"),
        arguments("CMD [\"x\"]\nFROM scratch\n", 1, "no build stage in current context"),
        arguments(
            "FROM scratch\nENTRYPIONT [\"x\"]\n",
            2,
            "unknown instruction: ENTRYPIONT (did you mean ENTRYPOINT?)"),
        arguments("FROM scratch\nFOO bar\n", 2, "unknown instruction: FOO"),
        arguments("FROM\n", 1, "FROM requires either one or three arguments"),
        arguments("FROM scratch AS\n", 1, "FROM requires either one or three arguments"),
        arguments("FROM scratch AS 1st\n", 1, "invalid name for build stage: \"1st\""),
        arguments("FROM scratch\nCMD --port 80\n", 2, "unknown flag: --port"),
        arguments("FROM scratch\nCOPY --chown a b\n", 2, "missing a value on flag: --chown"),
        arguments(
            "FROM scratch\nCOPY --link=maybe a b\n", 2, "expecting boolean value for flag --link"),
        arguments(
            "FROM --platform=linux --platform=arm scratch\n",
            1,
            "duplicate flag specified: --platform"),
        arguments(
            "FROM scratch\nSHELL /bin/sh -c\n",
            2,
            "SHELL requires the arguments to be in JSON form"),
        arguments("FROM scratch\nSHELL []\n", 2, "SHELL requires at least one argument"),
        arguments("FROM scratch\nENV A\n", 2, "ENV must have two arguments"),
        arguments("FROM scratch\nENV A=1 B\n", 2, "can't find = in \"B\""),
        arguments("FROM scratch\nENV =1\n", 2, "ENV names can not be blank"),
        arguments("FROM scratch\nARG =1\n", 2, "ARG names can not be blank"),
        arguments("FROM scratch\nUSER\n", 2, "USER requires exactly one argument"),
        arguments("FROM scratch\nWORKDIR\n", 2, "WORKDIR requires exactly one argument"),
        arguments("FROM scratch\nEXPOSE\n", 2, "EXPOSE requires at least one argument"),
        arguments("FROM scratch\nEXPOSE http\n", 2, "invalid containerPort: http"),
        arguments("FROM scratch\nEXPOSE 80/icmp\n", 2, "invalid proto: icmp"),
        arguments(
            "FROM scratch\nVOLUME [\"\"]\n", 2, "VOLUME specified can not be an empty string"),
        arguments("FROM scratch\nCOPY only-one\n", 2, "COPY requires at least two arguments"),
        arguments("FROM scratch\nSTOPSIGNAL SIGNOPE\n", 2, "invalid signal: SIGNOPE"),
        arguments("FROM scratch\nHEALTHCHECK\n", 2, "HEALTHCHECK requires at least one argument"),
        arguments("FROM scratch\nHEALTHCHECK CMD\n", 2, "Missing command after HEALTHCHECK CMD"),
        arguments("FROM scratch\nHEALTHCHECK NONE x\n", 2, "HEALTHCHECK NONE takes no arguments"),
        arguments("FROM scratch\nHEALTHCHECK PING x\n", 2, "Unknown type \"PING\" in HEALTHCHECK"),
        arguments("FROM scratch\nHEALTHCHECK --interval=5 CMD x\n", 2, "invalid duration \"5\""),
        arguments(
            "FROM scratch\nHEALTHCHECK --retries=-1 CMD x\n", 2, "--retries cannot be negative"),
        arguments("FROM scratch\nONBUILD ONBUILD CMD x\n", 2, "Chaining ONBUILD"),
        arguments("FROM scratch\nONBUILD FROM x\n", 2, "FROM isn't allowed as an ONBUILD trigger"),
        arguments("FROM scratch\nENV A=${B\n", 2, "syntax error: missing '}'"),
        arguments("FROM scratch\nENV A=${:x}\n", 2, "bad substitution"),
        arguments("FROM scratch\nENV A=${B?required}\n", 2, "B: required"),
        arguments("FROM scratch\nUSER \"unclosed\n", 2, "matching double-quote"),
        arguments("ARG V\nFROM ${V:?unset}\n", 2, "V: unset"),
        arguments("FROM SCRATCH\n", 1, "repository name must be lowercase"),
        arguments("FROM --platform=$NOTHING scratch\n", 1, "empty platform value"),
        arguments("FROM scratch\nRUN <<EOF\nno end\n", 2, "unterminated heredoc"),
        arguments("# escape=`\n# escape=`\nFROM scratch\n", 2, "only one escape parser directive"));
  }

  @ParameterizedTest
  @MethodSource("refusedFiles")
  void aFileDockerRefusesGivesAProblemAtTheLineAtFault(String text, int line, String message) {
    Dockerfile dockerfile = PARSER.parse(text);
    assertThat(dockerfile.builds()).isFalse();
    assertThat(dockerfile.problems())
        .anySatisfy(
            problem -> {
              assertThat(problem.line()).isEqualTo(line);
              assertThat(problem.message()).contains(message);
            });
  }

  @Test
  void theRestOfTheFileIsStillModelledAfterAProblem() {
    Dockerfile dockerfile = PARSER.parse("FROM scratch\nFOO bar\nENTRYPOINT [\"app\"]\n");
    assertThat(dockerfile.problems()).hasSize(1);
    assertThat(dockerfile.target().orElseThrow().launch().entrypoint()).containsExactly("app");
  }

  @Test
  void flagsOnArgStopsignalAndHealthcheckNoneAreIgnoredAsDockerIgnoresThem() {
    Dockerfile dockerfile =
        PARSER.parse(
            "ARG --anything A=1\nFROM scratch\nSTOPSIGNAL --x TERM\nHEALTHCHECK --whatever NONE\n");
    assertThat(dockerfile.problems()).isEmpty();
  }
}
