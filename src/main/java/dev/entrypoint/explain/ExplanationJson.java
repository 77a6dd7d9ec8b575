package dev.entrypoint.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrypoint.Json;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Explanation} as JSON: {@code source}, {@code entrypoint}, {@code cmd} (arrays
 * as stored, {@code null} when not set) and their forms, {@code notes}, {@code contract}, and
 * {@code runs}: the user's run lines, or the standard runs when there are none, each as {@code
 * {line, engine, argv, error, rule, notes}} with {@code argv} null when nothing runs.
 */
public final class ExplanationJson {

  private ExplanationJson() {}

  /** The explanation as a JSON document. */
  public static String of(Explanation explanation) {
    ImageLaunch launch = explanation.source().launch();
    ObjectNode root = Json.object();
    root.put("source", explanation.source().description());
    root.set("entrypoint", Json.stringArray(launch.entrypoint()));
    root.put("entrypointForm", form(launch.entrypointForm()));
    root.set("cmd", Json.stringArray(launch.cmd()));
    root.put("cmdForm", form(launch.cmdForm()));
    root.set("notes", Json.stringArray(explanation.source().notes()));
    root.put("contract", explanation.contractVerdict());
    ArrayNode runs = root.putArray("runs");
    List<ExplainedRun> shown =
        explanation.userRuns().isEmpty() ? explanation.standardRuns() : explanation.userRuns();
    for (ExplainedRun run : shown) {
      ObjectNode node = runs.addObject();
      node.put("line", run.line());
      node.put("engine", run.engine() == null ? null : run.engine().command());
      node.set("argv", Json.stringArray(run.argv()));
      node.put("error", run.error());
      node.put("rule", run.rule());
      node.set("notes", Json.stringArray(run.notes()));
    }
    return Json.pretty(root);
  }

  private static String form(CommandForm form) {
    return form == null ? null : form.name().toLowerCase(Locale.ROOT);
  }
}
