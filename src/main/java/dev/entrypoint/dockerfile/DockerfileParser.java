package dev.entrypoint.dockerfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a Dockerfile exactly as Docker's builder does, following BuildKit (the builder users have
 * today) where it and the classic builder differ, into a {@link Dockerfile}: instructions with
 * their lines and forms, build stages, the config each stage ends with, comments and parser
 * directives.
 *
 * <p>{@link #parse} never throws on a file's content: what Docker would refuse to build is reported
 * as {@link Dockerfile#problems()}, with a line number.
 */
public final class DockerfileParser {

  private final BaseImageLookup baseImages;

  private DockerfileParser(BaseImageLookup baseImages) {
    this.baseImages = Objects.requireNonNull(baseImages, "baseImages");
  }

  /**
   * A parser that knows nothing of external base images: their ENTRYPOINT and CMD read as unknown.
   */
  public static DockerfileParser withUnknownBaseImages() {
    return new DockerfileParser(BaseImageLookup.unknown());
  }

  /** A parser that takes the ENTRYPOINT and CMD of external base images from {@code baseImages}. */
  public static DockerfileParser withBaseImages(BaseImageLookup baseImages) {
    return new DockerfileParser(baseImages);
  }

  /**
   * Parses the Dockerfile at {@code file}, read as UTF-8 (bytes that are not UTF-8 read as U+FFFD).
   */
  public Dockerfile parse(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return parse(text);
  }

  /** Parses the text of a Dockerfile. */
  public Dockerfile parse(String text) {
    try {
      InstructionScanner.Result scan = InstructionScanner.scan(text);
      List<ParseProblem> problems = new ArrayList<>(scan.problems());
      if (scan.instructions().isEmpty() && problems.isEmpty()) {
        problems.add(
            new ParseProblem(
                Math.max(1, (int) text.lines().count()),
                "file with no instructions: add a FROM line"));
      }
      BuildEvaluator.Result evaluation =
          BuildEvaluator.evaluate(scan.instructions(), scan.escape(), baseImages);
      problems.addAll(evaluation.problems());
      problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
      return new Dockerfile(
          scan.escape(),
          scan.directives(),
          scan.comments(),
          scan.instructions(),
          evaluation.stages(),
          problems);
    } catch (RuntimeException | StackOverflowError bug) {
      return new Dockerfile(
          '\\',
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(
              new ParseProblem(
                  1, "the Dockerfile parser failed on this file (" + bug + "); please report it")));
    }
  }
}
