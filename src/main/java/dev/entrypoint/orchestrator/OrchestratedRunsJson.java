package dev.entrypoint.orchestrator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrypoint.Json;
import java.util.List;

/**
 * Renders what Compose services and Kubernetes containers execute as JSON: {@code {"containers":
 * [...]}}, one entry per service or container, {@code {source, image, argv, error, rule, notes}},
 * {@code argv} null when nothing runs and {@code error} null when something does.
 */
public final class OrchestratedRunsJson {

  private OrchestratedRunsJson() {}

  /** The runs as a JSON document. */
  public static String of(List<OrchestratedRun> runs) {
    ObjectNode root = Json.object();
    ArrayNode containers = root.putArray("containers");
    for (OrchestratedRun run : runs) {
      ObjectNode node = containers.addObject();
      node.put("source", run.source());
      node.put("image", run.image().reference().isEmpty() ? null : run.image().reference());
      node.set("argv", Json.stringArray(run.argv()));
      node.put("error", run.error());
      node.put("rule", run.rule());
      node.set("notes", Json.stringArray(run.notes()));
    }
    return Json.pretty(root);
  }
}
