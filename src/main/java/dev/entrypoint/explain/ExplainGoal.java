package dev.entrypoint.explain;

import dev.entrypoint.AtomicFile;
import dev.entrypoint.BuildLog;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.ShellCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workflow of {@code entrypoint:explain}: reads the image (or the Dockerfile stage), explains
 * what each kind of run executes and each given run line, prints it, and writes it as JSON when
 * asked.
 */
public final class ExplainGoal {

  private ExplainGoal() {}

  /** Explains {@code image} read through {@code access}. */
  public static Explanation image(
      ImageSource image,
      ImageAccess access,
      List<ShellCommand> runLines,
      LaunchContract contract,
      Optional<Path> output,
      BuildLog log)
      throws ImageReadException, IOException {
    ExplainedSource source;
    try (ImageReader reader = ImageReader.open(image, access, log)) {
      source = ExplainedSource.image(image, reader.config());
    }
    return report(Explainer.explain(source, runLines, contract), output, log);
  }

  /** Explains the {@code stage} of {@code dockerfile} (the last when {@code null}). */
  public static Explanation dockerfile(
      Path dockerfile,
      String stage,
      List<ShellCommand> runLines,
      Optional<Path> output,
      BuildLog log)
      throws IOException {
    ExplainedSource source = ExplainedSource.dockerfile(dockerfile, stage);
    return report(Explainer.explain(source, runLines, null), output, log);
  }

  private static Explanation report(Explanation explanation, Optional<Path> output, BuildLog log)
      throws IOException {
    ExplanationText.lines(explanation).forEach(log::info);
    if (output.isPresent()) {
      AtomicFile.write(output.get(), ExplanationJson.of(explanation));
      log.info("Wrote " + output.get());
    }
    return explanation;
  }
}
