package dev.entrypoint.verify;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An HTTP answer a running container must give: {@code GET path} on its TCP {@code port} (published
 * on the loopback interface) answers {@code status}, with a body in which {@code body} (a regular
 * expression) is found, within {@code timeout} of the start.
 *
 * @param port the container port
 * @param path the request path, starting with {@code /}
 * @param status the expected status code
 * @param body a regular expression the body must contain, or {@code null} for any body
 * @param timeout how long the program may take to start answering
 */
public record HttpExpectation(int port, String path, int status, String body, Duration timeout) {

  /** Checks the values; {@code body} must compile. */
  public HttpExpectation {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not a TCP port");
    }
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path '" + path + "' does not start with /");
    }
    Objects.requireNonNull(timeout, "timeout");
    if (body != null) {
      Pattern.compile(body);
    }
  }

  /**
   * Whether a response with {@code answeredStatus} and {@code answeredBody} is the one expected.
   */
  boolean accepts(int answeredStatus, String answeredBody) {
    return answeredStatus == status
        && (body == null || Pattern.compile(body).matcher(answeredBody).find());
  }

  /** {@code GET :5000/ answers 200 with a body containing /Hello/}. */
  @Override
  public String toString() {
    return "GET :"
        + port
        + path
        + " answers "
        + status
        + (body == null ? "" : " with a body containing /" + body + "/");
  }
}
