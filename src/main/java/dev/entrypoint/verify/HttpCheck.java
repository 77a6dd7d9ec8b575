package dev.entrypoint.verify;

import java.util.Optional;

/**
 * The running program gives the expected HTTP answer before its start-up timeout.
 *
 * @param expectation the answer
 */
record HttpCheck(HttpExpectation expectation) implements Check {

  @Override
  public String expected() {
    return expectation + " within " + DurationText.of(expectation.timeout());
  }

  @Override
  public RunPlan plan() {
    return RunPlan.awaiting(expectation);
  }

  @Override
  public Optional<String> failure(Observation observation) {
    Optional<String> notRunning = observation.whyNotRunning();
    if (notRunning.isPresent()) {
      return notRunning;
    }
    HttpAnswer answer = observation.answer(expectation);
    if (answer == null) {
      return Optional.of("no request was made");
    }
    return answer.accepted() ? Optional.empty() : Optional.of(answer.description());
  }
}
