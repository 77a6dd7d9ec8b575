package dev.entrypoint.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrypoint.AtomicFile;
import dev.entrypoint.Json;
import dev.entrypoint.XmlText;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link VerifyReport} as {@value #JUNIT_XML} (JUnit XML: one test suite per engine, one
 * test case per scenario, so that CI servers list them) and as {@value #JSON}, each atomically.
 */
public final class VerifyReportFiles {

  /** The JUnit XML report's file name. */
  public static final String JUNIT_XML = "verify.xml";

  /** The JSON report's file name. */
  public static final String JSON = "verify.json";

  private VerifyReportFiles() {}

  /** Writes both reports into {@code directory}, replacing earlier ones. */
  public static void write(VerifyReport report, Path directory) throws IOException {
    AtomicFile.write(directory.resolve(JUNIT_XML), junitXml(report));
    AtomicFile.write(directory.resolve(JSON), json(report));
  }

  static String junitXml(VerifyReport report) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "entrypoint:verify " + report.image());
      counts(xml, report.results(), report.duration());
      for (VerifyReport.EngineRun run : report.engines()) {
        List<ScenarioResult> results =
            report.results().stream().filter(result -> result.engine() == run.engine()).toList();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suiteName(run.engine()));
        counts(
            xml,
            results,
            results.stream().map(ScenarioResult::duration).reduce(Duration.ZERO, Duration::plus));
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "image", run.image());
        property(xml, "engine", run.engine().command() + " " + run.version());
        property(xml, "launch", run.launch().toString());
        xml.writeEndElement();
        for (ScenarioResult result : results) {
          testCase(xml, result);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return text.toString();
  }

  private static void testCase(XMLStreamWriter xml, ScenarioResult result)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", result.scenario().name());
    xml.writeAttribute("classname", suiteName(result.engine()));
    xml.writeAttribute("time", seconds(result.duration()));
    if (result.status() != ScenarioResult.Status.PASSED) {
      String details =
          result.mismatches().stream()
              .map(m -> "expected: " + m.expected() + "\nobserved: " + m.observed())
              .collect(Collectors.joining("\n"));
      boolean error = result.status() == ScenarioResult.Status.ERROR;
      xml.writeCharacters("\n      ");
      xml.writeStartElement(error ? "error" : "failure");
      xml.writeAttribute("message", XmlText.of(error ? result.error() : firstLine(details)));
      xml.writeAttribute("type", error ? "EngineError" : "ExpectationFailed");
      xml.writeCharacters(XmlText.of(error ? result.error() : details));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n      ");
    xml.writeStartElement("system-out");
    xml.writeCharacters(
        XmlText.of(
            result.commandLine()
                + "\n"
                + (result.argv() == null ? "" : "argv: " + Argv.json(result.argv()) + "\n")
                + (result.logTail() == null ? "" : result.logTail().stdout())));
    xml.writeEndElement();
    if (result.logTail() != null && !result.logTail().stderr().isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-err");
      xml.writeCharacters(XmlText.of(result.logTail().stderr()));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void counts(XMLStreamWriter xml, List<ScenarioResult> results, Duration time)
      throws XMLStreamException {
    xml.writeAttribute("tests", String.valueOf(results.size()));
    xml.writeAttribute("failures", String.valueOf(count(results, ScenarioResult.Status.FAILED)));
    xml.writeAttribute("errors", String.valueOf(count(results, ScenarioResult.Status.ERROR)));
    xml.writeAttribute("time", seconds(time));
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", XmlText.of(value));
  }

  static String json(VerifyReport report) {
    ObjectNode root = Json.object();
    root.put("image", report.image());
    root.put("passed", report.passed());
    root.put("seconds", report.duration().toMillis() / 1000.0);
    ArrayNode engines = root.putArray("engines");
    for (VerifyReport.EngineRun run : report.engines()) {
      ObjectNode engine = engines.addObject();
      engine.put("engine", run.engine().command());
      engine.put("version", run.version());
      engine.put("image", run.image());
      engine.set("entrypoint", Json.stringArray(run.launch().entrypoint()));
      engine.set("cmd", Json.stringArray(run.launch().cmd()));
    }
    ArrayNode results = root.putArray("results");
    for (ScenarioResult result : report.results()) {
      ObjectNode node = results.addObject();
      node.put("scenario", result.scenario().name());
      node.put("derived", result.scenario().derived());
      node.put("engine", result.engine().command());
      node.put("run", result.commandLine());
      node.put("status", result.status().name().toLowerCase(Locale.ROOT));
      node.put("seconds", result.duration().toMillis() / 1000.0);
      node.set("argv", Json.stringArray(result.argv()));
      ArrayNode mismatches = node.putArray("mismatches");
      result
          .mismatches()
          .forEach(
              m ->
                  mismatches
                      .addObject()
                      .put("expected", m.expected())
                      .put("observed", m.observed()));
      node.put("error", result.error());
      node.put("stdout", result.logTail() == null ? null : result.logTail().stdout());
      node.put("stderr", result.logTail() == null ? null : result.logTail().stderr());
    }
    return Json.pretty(root);
  }

  private static String suiteName(EngineKind engine) {
    return "entrypoint.verify." + engine.command();
  }

  private static long count(List<ScenarioResult> results, ScenarioResult.Status status) {
    return results.stream().filter(result -> result.status() == status).count();
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toMillis() / 1000.0);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
