package dev.entrypoint.policy.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrypoint.AtomicFile;
import dev.entrypoint.Json;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code check.json}: every input with the ENTRYPOINT and CMD it stores, exactly as Docker stores
 * them ({@code null}, {@code []} and {@code [""]} kept apart), its findings and, apart from them,
 * its {@code internalErrors} (rules that threw); and the notes about the check as a whole. {@code
 * failed} is the policy's verdict, which internal errors play no part in.
 */
public final class JsonReport {

  private JsonReport() {}

  /** Writes {@code report} to {@code file}, atomically. */
  public static void write(CheckReport report, String toolVersion, Path file) throws IOException {
    AtomicFile.write(file, Json.pretty(json(report, toolVersion)));
  }

  static ObjectNode json(CheckReport report, String toolVersion) {
    ObjectNode root = Json.object();
    root.putObject("tool").put("name", SarifReport.TOOL).put("version", toolVersion);
    root.put("failOn", report.failOn().id());
    root.put("failed", report.fails());
    ObjectNode counts = root.putObject("counts");
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      counts.put(severity.id(), report.count(severity));
    }
    counts.put("suppressed", report.suppressed());
    counts.put("internalErrors", report.internalErrors().size());
    report.notes().forEach(root.putArray("notes")::add);
    ArrayNode inputs = root.putArray("inputs");
    for (InputReport input : report.inputs()) {
      ObjectNode node = inputs.addObject();
      node.put("kind", input.kind().id());
      node.put("path", input.path());
      node.put("subject", input.subject());
      putArray(node, "entrypoint", input.launch().entrypoint());
      putArray(node, "cmd", input.launch().cmd());
      node.put("launchKnown", input.launchKnown());
      input.checkedRules().forEach(node.putArray("checkedRules")::add);
      input.skippedRules().forEach(node.putArray("skippedRules")::add);
      input.notes().forEach(node.putArray("notes")::add);
      ArrayNode findings = node.putArray("findings");
      input.findings().forEach(finding -> finding(findings.addObject(), finding));
      ArrayNode internalErrors = node.putArray("internalErrors");
      input
          .internalErrors()
          .forEach(
              crash ->
                  internalErrors
                      .addObject()
                      .put("rule", crash.ruleId())
                      .put("exception", crash.exception()));
    }
    return root;
  }

  private static void finding(ObjectNode node, Finding finding) {
    node.put("rule", finding.ruleId());
    node.put("severity", finding.severity().id());
    node.put("path", finding.location().path());
    if (finding.location().line() > 0) {
      node.put("line", finding.location().line());
    }
    if (finding.location().column() > 0) {
      node.put("column", finding.location().column());
    }
    node.put("message", finding.message());
    finding
        .suppressed()
        .ifPresent(
            how ->
                node.putObject("suppressed")
                    .put("by", how.kind().name().toLowerCase(Locale.ROOT))
                    .put("reason", how.reason()));
  }

  private static void putArray(ObjectNode node, String name, List<String> values) {
    if (values == null) {
      node.putNull(name);
    } else {
      values.forEach(node.putArray(name)::add);
    }
  }
}
