package dev.entrypoint.policy.report;

import dev.entrypoint.AtomicFile;
import dev.entrypoint.XmlText;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.InputReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code check.xml}: the check as JUnit XML, for the test tabs of CI servers. Each input is a test
 * suite, each rule that applies to it a test case; a rule's findings that count make it fail, a
 * rule about files that could not be read is skipped, and suppressed findings are listed in the
 * case's output. Characters XML cannot hold, which messages may quote from a Dockerfile, are
 * replaced, so that the file always parses.
 */
public final class JunitReport {

  private JunitReport() {}

  /** Writes {@code report} to {@code file}, atomically. */
  public static void write(CheckReport report, Path file) throws IOException {
    AtomicFile.write(file, xml(report));
  }

  static byte[] xml(CheckReport report) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "entrypoint:check");
      xml.writeAttribute("tests", String.valueOf(sum(report, Tally::tests)));
      xml.writeAttribute("failures", String.valueOf(sum(report, Tally::failures)));
      xml.writeAttribute("skipped", String.valueOf(sum(report, Tally::skipped)));
      xml.writeAttribute("errors", "0");
      for (InputReport input : report.inputs()) {
        suite(xml, input);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static void suite(XMLStreamWriter xml, InputReport input) throws XMLStreamException {
    Tally tally = Tally.of(input);
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", XmlText.of(input.kind().id() + " " + input.path()));
    xml.writeAttribute("tests", String.valueOf(tally.tests()));
    xml.writeAttribute("failures", String.valueOf(tally.failures()));
    xml.writeAttribute("skipped", String.valueOf(tally.skipped()));
    xml.writeAttribute("errors", "0");
    for (String rule : input.checkedRules()) {
      List<Finding> findings = findings(input, rule);
      List<Finding> counting = findings.stream().filter(Finding::counts).toList();
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", XmlText.of(input.path()));
      xml.writeAttribute("name", rule);
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
      xml.writeAttribute("classname", XmlText.of(input.path()));
      xml.writeAttribute("name", rule);
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", "the image's files could not be read");
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static List<Finding> findings(InputReport input, String rule) {
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : input.findings()) {
      if (finding.ruleId().equals(rule)) {
        findings.add(finding);
      }
    }
    return findings;
  }

  private static String lines(List<Finding> findings) {
    return XmlText.of(
        findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
  }

  private static long sum(CheckReport report, ToLongFunction<Tally> count) {
    return report.inputs().stream().map(Tally::of).mapToLong(count).sum();
  }

  /** The test counts of one input. */
  private record Tally(long tests, long failures, long skipped) {
    static Tally of(InputReport input) {
      long failures =
          input.checkedRules().stream()
              .filter(
                  rule ->
                      input.findings().stream()
                          .anyMatch(f -> f.ruleId().equals(rule) && f.counts()))
              .count();
      long skipped = input.skippedRules().size();
      return new Tally(input.checkedRules().size() + skipped, failures, skipped);
    }
  }
}
