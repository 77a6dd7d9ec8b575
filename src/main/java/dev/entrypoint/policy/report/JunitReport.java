package dev.entrypoint.policy.report;

import dev.entrypoint.AtomicFile;
import dev.entrypoint.XmlText;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.RuleCrash;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code check.xml}: the check as JUnit XML, for the test tabs of CI servers. Each input is a test
 * suite, each rule that applies to it a test case; a rule's findings that count make it fail, a
 * rule that threw is an error (the plugin's, counted in {@code errors}, not a failure), a rule
 * about files that could not be read is skipped, and suppressed findings are listed in the case's
 * output. Characters XML cannot hold, which messages may quote from a Dockerfile, are replaced, so
 * that the file always parses.
 */
public final class JunitReport {

  private JunitReport() {}

  /** Writes {@code report} to {@code file}, atomically. */
  public static void write(CheckReport report, Path file) throws IOException {
    AtomicFile.write(file, xml(report));
  }

  static byte[] xml(CheckReport report) throws IOException {
    List<Suite> suites = report.inputs().stream().map(Suite::of).toList();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "entrypoint:check");
      xml.writeAttribute("tests", String.valueOf(sum(suites, Suite::tests)));
      xml.writeAttribute("failures", String.valueOf(sum(suites, Suite::failures)));
      xml.writeAttribute("skipped", String.valueOf(sum(suites, Suite::skipped)));
      xml.writeAttribute("errors", String.valueOf(sum(suites, Suite::errors)));
      for (Suite suite : suites) {
        suite.write(xml);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long sum(List<Suite> suites, ToIntFunction<Suite> count) {
    return suites.stream().mapToInt(count).sum();
  }

  /** One input as a test suite: its findings by rule, gathered once. */
  private record Suite(InputReport input, Map<String, List<Finding>> findingsByRule, int failures) {

    static Suite of(InputReport input) {
      Map<String, List<Finding>> byRule = new HashMap<>();
      for (Finding finding : input.findings()) {
        byRule.computeIfAbsent(finding.ruleId(), rule -> new ArrayList<>()).add(finding);
      }
      int failures = 0;
      for (String rule : input.checkedRules()) {
        if (byRule.getOrDefault(rule, List.of()).stream().anyMatch(Finding::counts)) {
          failures++;
        }
      }
      return new Suite(input, byRule, failures);
    }

    int tests() {
      return input.checkedRules().size() + skipped();
    }

    int skipped() {
      return input.skippedRules().size();
    }

    /** The rules that threw on this input, each a test case in error. */
    int errors() {
      return (int) input.internalErrors().stream().map(RuleCrash::ruleId).distinct().count();
    }

    void write(XMLStreamWriter xml) throws XMLStreamException {
      String classname = XmlText.of(input.path());
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", XmlText.of(input.kind().id() + " " + input.path()));
      xml.writeAttribute("tests", String.valueOf(tests()));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("skipped", String.valueOf(skipped()));
      xml.writeAttribute("errors", String.valueOf(errors()));
      for (String rule : input.checkedRules()) {
        List<Finding> findings = findingsByRule.getOrDefault(rule, List.of());
        List<Finding> counting = findings.stream().filter(Finding::counts).toList();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", classname);
        xml.writeAttribute("name", rule);
        for (RuleCrash crash : input.internalErrors()) {
          if (crash.ruleId().equals(rule)) {
            xml.writeStartElement("error");
            xml.writeAttribute("type", "internal error");
            xml.writeAttribute("message", XmlText.of(crash.exception()));
            xml.writeCharacters(XmlText.of(ConsoleReport.explain(crash)));
            xml.writeEndElement();
          }
        }
        if (!counting.isEmpty()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("type", counting.get(0).severity().id());
          xml.writeAttribute("message", XmlText.of(counting.get(0).message()));
          xml.writeCharacters(lines(counting));
          xml.writeEndElement();
        }
        if (counting.size() < findings.size()) {
          xml.writeStartElement("system-out");
          xml.writeCharacters(lines(findings.stream().filter(f -> !f.counts()).toList()));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      for (String rule : input.skippedRules()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", classname);
        xml.writeAttribute("name", rule);
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", "the image's files could not be read");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }

    private static String lines(List<Finding> findings) {
      return XmlText.of(findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
    }
  }
}
