package dev.entrypoint.policy.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrypoint.AtomicFile;
import dev.entrypoint.Json;
import dev.entrypoint.PluginInfo;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.Policy;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.RuleCrash;
import dev.entrypoint.policy.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check.sarif}: the findings in SARIF 2.1.0, the format code-scanning services read, with
 * every rule's metadata (name, description, level under this policy, help link), one result per
 * finding (suppressed ones carry their suppression), the notes about the check as a whole as tool
 * notifications, a rule that threw as an error notification naming the rule (not a result, and the
 * invocation then not successful), and paths relative to the directory the build ran from.
 */
public final class SarifReport {

  /** The tool's name in the reports. */
  static final String TOOL = "entrypoint-maven-plugin";

  /**
   * Where the rule pages are published, {@code docs/rules/<id>.md} of the project's sources: under
   * the pom's {@code url}.
   */
  static final String DOCS_URL = PluginInfo.url() + "/blob/main/";

  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final String ROOT = "SRCROOT";

  private SarifReport() {}

  /**
   * Writes {@code report} to {@code file}, atomically; paths are relative to {@code root}, and the
   * rules and their levels are those of {@code policy}.
   */
  public static void write(
      CheckReport report, Policy policy, String toolVersion, Path root, Path file)
      throws IOException {
    AtomicFile.write(file, Json.pretty(json(report, policy, toolVersion, root)));
  }

  static ObjectNode json(CheckReport report, Policy policy, String toolVersion, Path root) {
    ObjectNode sarif = Json.object();
    sarif.put("$schema", SCHEMA);
    sarif.put("version", "2.1.0");
    ObjectNode run = sarif.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL);
    driver.put("version", toolVersion);
    driver.put("informationUri", DOCS_URL + "docs/check.md");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> indexes = new HashMap<>();
    List<Rule> catalog = policy.catalog().rules();
    for (Rule rule : catalog) {
      indexes.put(rule.id(), indexes.size());
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.put("name", pascalCase(rule.id()));
      node.putObject("shortDescription").put("text", rule.name());
      node.putObject("fullDescription").put("text", rule.summary());
      node.put("helpUri", DOCS_URL + rule.docPage());
      node.putObject("help").put("text", rule.summary() + " See " + DOCS_URL + rule.docPage());
      node.putObject("defaultConfiguration")
          .put("level", policy.severityOf(rule).sarifLevel())
          .put("enabled", policy.severityOf(rule) != Severity.OFF);
    }
    String rootUri = root.toAbsolutePath().normalize().toUri().toString();
    run.putObject("originalUriBaseIds")
        .putObject(ROOT)
        .put("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/");
    ObjectNode invocation = run.putArray("invocations").addObject();
    List<RuleCrash> crashes = report.internalErrors();
    invocation.put("executionSuccessful", crashes.isEmpty());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    report
        .notes()
        .forEach(
            note ->
                notifications
                    .addObject()
                    .put("level", "warning")
                    .putObject("message")
                    .put("text", note));
    for (RuleCrash crash : crashes) {
      internalError(notifications.addObject(), crash, indexes.getOrDefault(crash.ruleId(), -1));
    }
    ArrayNode results = run.putArray("results");
    for (Finding finding : report.findings()) {
      result(results.addObject(), finding, indexes.getOrDefault(finding.ruleId(), -1));
    }
    return sarif;
  }

  private static void result(ObjectNode node, Finding finding, int ruleIndex) {
    node.put("ruleId", finding.ruleId());
    if (ruleIndex >= 0) {
      node.put("ruleIndex", ruleIndex);
    }
    node.put("level", finding.severity().sarifLevel());
    node.putObject("message").put("text", finding.message());
    ObjectNode physical = physicalLocation(node, finding.location().path());
    if (finding.location().line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", finding.location().line());
      if (finding.location().column() > 0) {
        region.put("startColumn", finding.location().column());
      }
    }
    finding
        .suppressed()
        .ifPresent(
            how ->
                node.putArray("suppressions")
                    .addObject()
                    .put(
                        "kind",
                        how.kind() == Finding.Suppressed.Kind.INLINE ? "inSource" : "external")
                    .put("justification", how.reason()));
  }

  /**
   * A toolExecutionNotification (SARIF 2.1.0 §3.58) of level error whose {@code associatedRule} is
   * the rule that threw, located at the input it threw on.
   */
  private static void internalError(ObjectNode node, RuleCrash crash, int ruleIndex) {
    node.put("level", "error");
    node.putObject("message").put("text", ConsoleReport.explain(crash));
    physicalLocation(node, crash.path());
    ObjectNode rule = node.putObject("associatedRule").put("id", crash.ruleId());
    if (ruleIndex >= 0) {
      rule.put("index", ruleIndex);
    }
  }

  /**
   * Adds to {@code node} a {@code locations} array with the file at {@code path}, and returns it.
   */
  private static ObjectNode physicalLocation(ObjectNode node, String path) {
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    if (!isFile(path)) {
      // An image in an engine or a registry: no file to point at, so the location says its name.
      artifact.putObject("description").put("text", path);
    } else if (path.startsWith("/")) {
      artifact.put("uri", Path.of(path).toUri().toString());
    } else {
      artifact.put("uri", relativeUri(path)).put("uriBaseId", ROOT);
    }
    return physical;
  }

  /**
   * Whether a finding's path is a file, not an image reference such as {@code docker://app:1.0} or
   * {@code localhost:5555/app@sha256:...}, whose first segment holds a colon.
   */
  static boolean isFile(String path) {
    int slash = path.indexOf('/');
    String first = slash < 0 ? path : path.substring(0, slash);
    return !path.contains("://") && !path.contains("@sha256:") && !first.contains(":");
  }

  private static String relativeUri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }

  /** {@code ShellFormEntrypoint} for {@code shell-form-entrypoint}. */
  private static String pascalCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.split("-")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }
}
