package dev.entrypoint.policy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.Location;
import dev.entrypoint.policy.Severity;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  private static Document xml() throws Exception {
    return parse(ReportFixture.report());
  }

  private static Document parse(CheckReport report) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(JunitReport.xml(report)));
  }

  @Test
  void eachInputIsASuiteAndEachRuleACase() throws Exception {
    Element root = xml().getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("5");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    assertThat(((Element) suites.item(0)).getAttribute("name"))
        .isEqualTo("dockerfile app/Dockerfile");
  }

  @Test
  void aRuleWithFindingsFailsWithThemAndASuppressedOneDoesNot() throws Exception {
    NodeList cases = xml().getElementsByTagName("testcase");
    Element shellForm = (Element) cases.item(0);
    Element root = (Element) cases.item(1);

    assertThat(shellForm.getAttribute("name")).isEqualTo("shell-form-entrypoint");
    Element failure = (Element) shellForm.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getTextContent())
        .isEqualTo(
            "app/Dockerfile:9 shell-form-entrypoint error: ENTRYPOINT in shell form runs under"
                + " /bin/sh -c.");
    assertThat(root.getElementsByTagName("failure").getLength()).isZero();
    assertThat(root.getElementsByTagName("system-out").item(0).getTextContent())
        .endsWith("(suppressed: a legacy image)");
  }

  @Test
  void aRuleThatCouldNotRunIsSkipped() throws Exception {
    NodeList cases = xml().getElementsByTagName("testcase");
    Element skipped = (Element) cases.item(cases.getLength() - 1);

    assertThat(skipped.getAttribute("name")).isEqualTo("entrypoint-missing");
    assertThat(((Element) skipped.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .contains("could not be read");
  }

  @Test
  void aControlCharacterQuotedFromADockerfileStillMakesAFileThatParses() throws Exception {
    Finding quoting =
        new Finding(
            "json-array-fallback",
            Severity.ERROR,
            Location.of("Dockerfile").atLine(2),
            "ENTRYPOINT [\"/run\u0001\"] is not a JSON array.");
    InputReport dockerfile =
        new InputReport(
            InputReport.Kind.DOCKERFILE,
            "Dockerfile",
            "stage 0",
            ImageLaunch.none(),
            true,
            List.of("json-array-fallback"),
            List.of(),
            List.of(quoting),
            List.of(),
            List.of());

    Element failure =
        (Element)
            parse(new CheckReport(List.of(dockerfile), List.of(), Severity.ERROR))
                .getElementsByTagName("failure")
                .item(0);

    assertThat(failure.getAttribute("message"))
        .isEqualTo("ENTRYPOINT [\"/run\uFFFD\"] is not a JSON array.");
    assertThat(failure.getTextContent()).contains("[\"/run\uFFFD\"]");
  }

  @Test
  void aRuleThatThrewIsATestCaseInErrorNotAFailure() throws Exception {
    Document crashed = parse(ReportFixture.crashed());
    Element root = crashed.getDocumentElement();
    Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
    Element runsAsRoot = (Element) crashed.getElementsByTagName("testcase").item(0);

    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(runsAsRoot.getAttribute("name")).isEqualTo("runs-as-root");
    assertThat(runsAsRoot.getElementsByTagName("failure").getLength()).isZero();
    Element error = (Element) runsAsRoot.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("internal error");
    assertThat(error.getAttribute("message")).isEqualTo(ReportFixture.CRASH.exception());
    assertThat(error.getTextContent()).contains("<rules><runs-as-root>off</runs-as-root></rules>");
  }
}
