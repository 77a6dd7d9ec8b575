package dev.entrypoint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No input makes {@link DockerfileParser#parse} throw or hit its last-resort guard: random text,
 * mutations of the corpus, pathological nesting and line lengths. Also measures parsing speed.
 */
class ParserRobustnessTest {

  private static final DockerfileParser PARSER = DockerfileParser.withUnknownBaseImages();
  private static final String[] FRAGMENTS = {
    "FROM ",
    "from ",
    "CMD ",
    "ENTRYPOINT ",
    "RUN ",
    "SHELL ",
    "ONBUILD ",
    "HEALTHCHECK ",
    "ENV ",
    "ARG ",
    "COPY ",
    "EXPOSE ",
    "USER ",
    "WORKDIR ",
    "AS ",
    "scratch",
    "busybox",
    "[",
    "]",
    "\"",
    "'",
    "\\",
    "`",
    "$",
    "${",
    "}",
    ":-",
    "#",
    "%",
    "<<",
    "<<-",
    "EOF",
    "\n",
    "\r\n",
    "\t",
    " ",
    ",",
    "=",
    "--",
    "-",
    "# escape=`\n",
    "# escape=\\\n",
    "\uFEFF",
    "\u201C",
    "\u00e9",
    "\uD83D\uDE00",
    "\u0000",
    "{",
    "NONE",
    "CMD",
    "0",
    "8080/tcp",
    "a",
    "b"
  };

  private static List<String> corpus;

  @BeforeAll
  static void readCorpus() throws IOException {
    corpus = new ArrayList<>();
    for (String directory : List.of("oracle", "realistic")) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources/dockerfiles", directory))) {
        for (Path file : files.sorted().toList()) {
          corpus.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
      }
    }
  }

  private static void parsesWithoutFailing(String text) {
    Dockerfile dockerfile = PARSER.parse(text);
    assertThat(dockerfile.problems())
        .as("input starting %s", text.substring(0, Math.min(200, text.length())))
        .noneMatch(problem -> problem.message().contains("parser failed"));
  }

  @Test
  void randomTextNeverBreaksTheParser() {
    Random random = new Random(20261125L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int j = 0; j < pieces; j++) {
        text.append(
            random.nextInt(8) == 0
                ? Character.toString(random.nextInt(0x3000))
                : FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      parsesWithoutFailing(text.toString());
    }
  }

  @Test
  void mutatedRealFilesNeverBreakTheParser() {
    Random random = new Random(42L);
    for (String original : corpus) {
      for (int i = 0; i < 150; i++) {
        StringBuilder text = new StringBuilder(original);
        int edits = 1 + random.nextInt(4);
        for (int j = 0; j < edits && text.length() > 0; j++) {
          int at = random.nextInt(text.length());
          switch (random.nextInt(3)) {
            case 0 -> text.deleteCharAt(at);
            case 1 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            default -> text.setCharAt(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)].charAt(0));
          }
        }
        parsesWithoutFailing(text.toString());
      }
    }
  }

  @Test
  void pathologicalInputsAreProblemsNotCrashes() {
    parsesWithoutFailing("FROM scratch\nCMD " + "[".repeat(200_000) + "\n");
    parsesWithoutFailing("FROM scratch\nCMD [" + "[".repeat(200_000) + "\"a\"]\n");
    parsesWithoutFailing(
        "FROM scratch\nENV A=" + "${B:-".repeat(5_000) + "x" + "}".repeat(5_000) + "\n");
    parsesWithoutFailing("FROM scratch\n" + "CMD a \\\n".repeat(50_000));
    parsesWithoutFailing("FROM scratch\n" + "RUN <<EOF\n".repeat(1_000));
    parsesWithoutFailing("FROM scratch\n" + "ONBUILD ".repeat(100_000) + "CMD x\n");
    Dockerfile longLine = PARSER.parse("FROM scratch\nCMD " + "x".repeat(70_000) + "\n");
    assertThat(longLine.problems())
        .extracting(ParseProblem::message)
        .containsExactly("dockerfile line greater than max allowed size of 65535 bytes");
  }

  /** How fast is measured in src/bench (the check section); here only that all of them parse. */
  @Test
  void aThousandDockerfilesParse() {
    for (int file = 0; file < 1_000; file++) {
      assertThat(PARSER.parse(corpus.get(file % corpus.size()))).isNotNull();
    }
  }
}
