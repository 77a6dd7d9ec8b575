package dev.entrypoint.orchestrator;

import dev.entrypoint.launch.Argv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The containers of a Kubernetes manifest, a YAML file of one or more documents: every Pod,
 * Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job and CronJob (and those
 * in a {@code List}), init containers first as the kubelet starts them. Documents of other kinds
 * are skipped.
 */
public final class KubernetesManifest {

  private static final List<String> TEMPLATED =
      List.of(
          "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job");

  private final String path;
  private final List<KubernetesContainer> containers = new ArrayList<>();

  private KubernetesManifest(String path) {
    this.path = path;
  }

  /**
   * The containers of {@code file}; findings and messages name it {@code path}.
   *
   * @throws YamlFileException when the file is not YAML, or a workload is not shaped as Kubernetes
   *     reads it
   */
  public static List<KubernetesContainer> read(Path file, String path) throws IOException {
    return containers(YamlDocuments.read(file, path), path);
  }

  /** The containers of parsed {@code documents}; messages name {@code path}. */
  public static List<KubernetesContainer> containers(List<YamlNode> documents, String path) {
    KubernetesManifest manifest = new KubernetesManifest(path);
    documents.forEach(manifest::document);
    return List.copyOf(manifest.containers);
  }

  private void document(YamlNode document) {
    if (!document.isMapping()) {
      return;
    }
    String kind = document.get("kind").filter(YamlNode::isString).map(YamlNode::text).orElse("");
    if (kind.equals("List")) {
      document
          .get("items")
          .filter(YamlNode::isSequence)
          .ifPresent(items -> items.items().forEach(this::document));
      return;
    }
    Optional<YamlNode> podSpec;
    if (kind.equals("Pod")) {
      podSpec = document.get("spec");
    } else if (TEMPLATED.contains(kind)) {
      podSpec = at(document, "spec", "template", "spec");
    } else if (kind.equals("CronJob")) {
      podSpec = at(document, "spec", "jobTemplate", "spec", "template", "spec");
    } else {
      return;
    }
    String name =
        at(document, "metadata", "name").filter(YamlNode::isString).map(YamlNode::text).orElse("");
    if (podSpec.isEmpty() || !podSpec.get().isMapping()) {
      return;
    }
    containerList(kind, name, podSpec.get(), "initContainers", true);
    containerList(kind, name, podSpec.get(), "containers", false);
  }

  private void containerList(String kind, String name, YamlNode podSpec, String key, boolean init) {
    Optional<YamlNode.Entry> list = podSpec.entry(key);
    if (list.isEmpty() || list.get().value().isNull()) {
      return;
    }
    if (!list.get().value().isSequence()) {
      throw new YamlFileException(
          path,
          list.get().line(),
          kind
              + " "
              + name
              + ": '"
              + key
              + "' is "
              + list.get().value().describe()
              + "; Kubernetes wants a list of containers.");
    }
    for (YamlNode container : list.get().value().items()) {
      if (container.isMapping()) {
        containers.add(container(kind, name, container, init));
      }
    }
  }

  private KubernetesContainer container(String kind, String workload, YamlNode node, boolean init) {
    String name = node.get("name").filter(YamlNode::isString).map(YamlNode::text).orElse("");
    SourceLine where = new SourceLine(path, node.line());
    Optional<YamlNode.Entry> image = node.entry("image");
    Map<String, KubernetesContainer.EnvVar> env = env(node);
    boolean envFrom = node.get("envFrom").filter(YamlNode::isSequence).isPresent();
    String field = kind + "/" + workload + " container " + name;
    return new KubernetesContainer(
        kind,
        workload,
        name,
        init,
        where,
        image.map(e -> e.value().isString() ? e.value().text() : null).orElse(null),
        image.map(e -> new SourceLine(path, e.line())).orElse(null),
        node.get("imagePullPolicy").filter(YamlNode::isString).map(YamlNode::text).orElse(null),
        node.entry("command").map(e -> command(field, e, env, envFrom)).orElse(null),
        node.entry("args").map(e -> command(field, e, env, envFrom)).orElse(null),
        env,
        envFrom);
  }

  /** The {@code env:} entries, each literal value expanded with the entries above it. */
  private Map<String, KubernetesContainer.EnvVar> env(YamlNode container) {
    Map<String, KubernetesContainer.EnvVar> env = new LinkedHashMap<>();
    Optional<YamlNode> list = container.get("env").filter(YamlNode::isSequence);
    if (list.isEmpty()) {
      return env;
    }
    for (YamlNode entry : list.get().items()) {
      Optional<String> name = entry.get("name").filter(YamlNode::isString).map(YamlNode::text);
      if (name.isEmpty()) {
        continue;
      }
      SourceLine where = new SourceLine(path, entry.line());
      Optional<YamlNode> valueFrom = entry.get("valueFrom").filter(YamlNode::isMapping);
      if (valueFrom.isPresent()) {
        env.put(
            name.get(),
            new KubernetesContainer.EnvVar(name.get(), null, source(valueFrom.get()), where));
        continue;
      }
      String written = entry.get("value").filter(v -> !v.isNull()).map(YamlNode::text).orElse("");
      String value =
          KubernetesExpansion.expand(
              written,
              reference ->
                  Optional.ofNullable(env.get(reference)).map(KubernetesContainer.EnvVar::value));
      env.put(name.get(), new KubernetesContainer.EnvVar(name.get(), value, null, where));
    }
    return env;
  }

  /** What a {@code valueFrom} reads: {@code secretKeyRef db/password}, {@code fieldRef ...}. */
  private static String source(YamlNode valueFrom) {
    if (valueFrom.entries().isEmpty()) {
      return "valueFrom";
    }
    YamlNode.Entry first = valueFrom.entries().get(0);
    YamlNode ref = first.value();
    String detail;
    if (ref.isMapping()) {
      Optional<String> name = ref.get("name").map(YamlNode::text);
      Optional<String> key =
          ref.get("key")
              .or(() -> ref.get("fieldPath"))
              .or(() -> ref.get("resource"))
              .map(YamlNode::text);
      detail = name.map(n -> n + key.map(k -> "/" + k).orElse("")).orElse(key.orElse(""));
    } else {
      detail = "";
    }
    return (first.key() + " " + detail).strip();
  }

  /**
   * A {@code command:} or {@code args:}: a list of strings, each expanded; {@code null} when null.
   */
  private CommandSetting command(
      String field,
      YamlNode.Entry entry,
      Map<String, KubernetesContainer.EnvVar> env,
      boolean envFrom) {
    String key = entry.key();
    SourceLine where = new SourceLine(path, entry.line());
    YamlNode value = entry.value();
    if (value.isNull()) {
      return null;
    }
    if (!value.isSequence()) {
      return CommandSetting.refused(
          key,
          where,
          value.isString() ? value.text() : null,
          null,
          field
              + ": '"
              + key
              + "' is "
              + value.describe()
              + ", and Kubernetes refuses the manifest (a list of strings is needed): write "
              + key
              + ": "
              + (value.isString() ? Argv.json(List.of(value.text())) : "[...]"));
    }
    List<String> written = new ArrayList<>();
    for (int i = 0; i < value.items().size(); i++) {
      YamlNode item = value.items().get(i);
      if (!item.isString()) {
        return CommandSetting.refused(
            key,
            where,
            null,
            written,
            field
                + ": "
                + key
                + "["
                + i
                + "] is "
                + item.describe()
                + " ("
                + item
                + "), and Kubernetes refuses the manifest: quote it, \""
                + item
                + "\"");
      }
      written.add(item.text());
    }
    List<String> notes = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String item : written) {
      words.add(
          KubernetesExpansion.expand(
              item,
              name -> {
                KubernetesContainer.EnvVar variable = env.get(name);
                if (variable == null) {
                  String note =
                      "$("
                          + name
                          + ") names no env of this container, so it stays as written"
                          + (envFrom ? " unless envFrom sets " + name + " at run time" : "");
                  if (!notes.contains(note)) {
                    notes.add(note);
                  }
                  return Optional.empty();
                }
                if (variable.value() == null) {
                  String note =
                      "$("
                          + name
                          + ") is shown as written: the kubelet puts in its value at run time, from "
                          + variable.runtimeSource();
                  if (!notes.contains(note)) {
                    notes.add(note);
                  }
                  return Optional.empty();
                }
                return Optional.of(variable.value());
              }));
    }
    return CommandSetting.ofList(key, where, written, words, notes);
  }

  private static Optional<YamlNode> at(YamlNode node, String... keys) {
    Optional<YamlNode> current = Optional.of(node);
    for (String key : keys) {
      current = current.filter(YamlNode::isMapping).flatMap(n -> n.get(key));
    }
    return current;
  }
}
