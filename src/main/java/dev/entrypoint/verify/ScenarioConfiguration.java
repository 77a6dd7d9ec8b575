package dev.entrypoint.verify;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.DurationSetting;
import dev.entrypoint.launch.Invocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code <scenario>}: one way to run the image and what must happen.
 *
 * <pre>{@code
 * <scenario>
 *   <name>echo</name>
 *   <entrypoint>/bin/sh</entrypoint>        <!-- optional: run --entrypoint -->
 *   <args><arg>-c</arg><arg>echo hi</arg></args>
 *   <env><GREETING>hello</GREETING></env>
 *   <ports><port>5000</port></ports>
 *   <expect>
 *     <exitCode>0</exitCode>
 *     <stdout>^hi$</stdout>
 *     <stderr>...</stderr>
 *     <http><port>5000</port><path>/</path><status>200</status><body>Hello</body><timeout>60s</timeout></http>
 *     <argv><arg>/bin/sh</arg><arg>-c</arg><arg>echo hi</arg></argv>
 *     <stopsWithin>10s</stopsWithin>
 *   </expect>
 * </scenario>
 * }</pre>
 */
public class ScenarioConfiguration {

  /** The scenario's name, unique in the goal; it names the test case in the reports. */
  String name;

  /** The arguments after the image, one {@code <arg>} each. */
  List<String> args = new ArrayList<>();

  /** The {@code --entrypoint} value; not set for the image's own ENTRYPOINT. */
  String entrypoint;

  /** Environment variables, {@code <NAME>value</NAME>}. */
  Map<String, String> env = new LinkedHashMap<>();

  /**
   * Container ports to publish on free host ports; those of {@code <http>} are published anyway.
   */
  List<String> ports = new ArrayList<>();

  /** What must happen; nothing declared means {@code <exitCode>0</exitCode>}. */
  ExpectConfiguration expect = new ExpectConfiguration();

  /** {@code <expect>}. */
  public static class ExpectConfiguration {

    /** The exit code the program ends with by itself. */
    Integer exitCode;

    /** A regular expression stdout contains ({@code ^} and {@code $} match at line ends). */
    String stdout;

    /** A regular expression stderr contains. */
    String stderr;

    /** An HTTP answer the running program gives. */
    HttpConfiguration http;

    /** The exact argv the engine creates the container with. */
    List<String> argv;

    /** The running program exits within this time of SIGTERM, such as {@code 10s}. */
    String stopsWithin;
  }

  /** {@code <http>}. */
  public static class HttpConfiguration {

    /** The container port, required. */
    Integer port;

    /** The request path. */
    String path = "/";

    /** The expected status. */
    Integer status = 200;

    /** A regular expression the body contains. */
    String body;

    /** How long the program may take to answer; default: the scenario timeout. */
    String timeout;
  }

  /**
   * The scenario; {@code position} (from 1) names it in errors before its name is known, and {@code
   * timeout} is the scenario timeout, the default for {@code <http><timeout>}.
   *
   * @throws ConfigurationException naming the element at fault
   */
  public Scenario toScenario(int position, Duration timeout) {
    if (name == null || name.isBlank()) {
      throw new ConfigurationException(
          "<scenarios><scenario> number "
              + position
              + " has no <name>: give each"
              + " scenario a name, which names its test case in target/entrypoint/verify.xml.");
    }
    String where = "<scenario> '" + name + "'";
    List<String> words = new ArrayList<>();
    args.forEach(arg -> words.add(arg == null ? "" : arg));
    Invocation invocation =
        entrypoint == null
            ? Invocation.run(words)
            : Invocation.runWithEntrypoint(entrypoint, words);
    List<Integer> published = new ArrayList<>();
    for (String port : ports) {
      published.add(port(port, where + " <ports>"));
    }
    return Scenario.declared(name.strip(), invocation, env, published, expectation(where, timeout));
  }

  private Expectation expectation(String where, Duration timeout) {
    Expectation expectation = Expectation.none();
    if (expect == null) {
      return expectation;
    }
    if (expect.exitCode != null) {
      expectation = expectation.exitCode(expect.exitCode);
    }
    if (expect.stdout != null) {
      expectation = expectation.stdout(regex(expect.stdout, where + " <expect><stdout>"));
    }
    if (expect.stderr != null) {
      expectation = expectation.stderr(regex(expect.stderr, where + " <expect><stderr>"));
    }
    if (expect.http != null) {
      expectation = expectation.http(http(expect.http, where + " <expect><http>", timeout));
    }
    if (expect.argv != null) {
      List<String> argv = new ArrayList<>();
      expect.argv.forEach(arg -> argv.add(arg == null ? "" : arg));
      expectation = expectation.argv(argv);
    }
    if (expect.stopsWithin != null) {
      expectation =
          expectation.stopsWithin(
              DurationSetting.parse(expect.stopsWithin, where + " <expect><stopsWithin>"));
    }
    return expectation;
  }

  private static HttpExpectation http(HttpConfiguration http, String where, Duration timeout) {
    if (http.port == null) {
      throw new ConfigurationException(
          where
              + " has no <port>: give the container port the program listens"
              + " on, such as <port>8080</port>; it is published on a free port of 127.0.0.1.");
    }
    String path = http.path == null || http.path.isBlank() ? "/" : http.path.strip();
    if (!path.startsWith("/")) {
      throw new ConfigurationException(
          where + " <path> is '" + http.path + "': write a path starting with /.");
    }
    return new HttpExpectation(
        port(String.valueOf(http.port), where + " <port>"),
        path,
        http.status == null ? 200 : http.status,
        http.body == null ? null : regex(http.body, where + " <body>"),
        http.timeout == null ? timeout : DurationSetting.parse(http.timeout, where + " <timeout>"));
  }

  private static int port(String value, String where) {
    String number = value == null ? "" : value.strip();
    if (number.endsWith("/tcp")) {
      number = number.substring(0, number.length() - 4);
    }
    try {
      int port = Integer.parseInt(number);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new ConfigurationException(
        where
            + " has '"
            + value
            + "', which is not a TCP port: write a number"
            + " from 1 to 65535, such as 8080.");
  }

  private static String regex(String value, String where) {
    try {
      Pattern.compile(value);
      return value;
    } catch (PatternSyntaxException e) {
      throw new ConfigurationException(
          where
              + " is not a regular expression: "
              + e.getDescription()
              + " near '"
              + value
              + "'. Escape characters such as ( [ . * with a backslash to match them literally.");
    }
  }
}
