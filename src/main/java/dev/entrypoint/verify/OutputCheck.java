package dev.entrypoint.verify;

import dev.entrypoint.engine.ContainerLogs;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The program's stdout or stderr contains a match of a regular expression ({@code find}, with
 * {@code ^} and {@code $} matching at line ends). The output is read once the program exited, or
 * once it answered over HTTP or was stopped when the scenario does that.
 *
 * @param stream which output
 * @param regex the regular expression to find in it
 */
record OutputCheck(OutputCheck.Stream stream, String regex) implements Check {

  /** The two streams of a container. */
  enum Stream {
    STDOUT,
    STDERR
  }

  private static final int SHOWN_CHARACTERS = 300;

  OutputCheck {
    Pattern.compile(regex);
  }

  @Override
  public String expected() {
    return name() + " contains /" + regex + "/";
  }

  @Override
  public RunPlan plan() {
    return RunPlan.outputNeeded();
  }

  @Override
  public Optional<String> failure(Observation observation) {
    Optional<String> notRunning = observation.whyNotRunning();
    if (notRunning.isPresent()) {
      return notRunning;
    }
    ContainerLogs logs = observation.logs();
    if (logs == null) {
      return Optional.of("the output could not be read");
    }
    String output = stream == Stream.STDOUT ? logs.stdout() : logs.stderr();
    if (Pattern.compile(regex, Pattern.MULTILINE).matcher(output).find()) {
      return Optional.empty();
    }
    String shown =
        output.length() > SHOWN_CHARACTERS
            ? "..." + output.substring(output.length() - SHOWN_CHARACTERS)
            : output;
    return Optional.of(
        output.isEmpty() ? name() + " is empty" : name() + " is '" + shown.strip() + "'");
  }

  private String name() {
    return stream == Stream.STDOUT ? "stdout" : "stderr";
  }
}
