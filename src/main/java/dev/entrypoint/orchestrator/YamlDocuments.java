package dev.entrypoint.orchestrator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the documents of a YAML file (one for a Compose file, any number separated by {@code ---}
 * for Kubernetes) with SnakeYAML Engine, YAML 1.2's core schema, into {@link YamlNode}s that keep
 * their lines. As go-yaml, which Compose and kubectl use, it refuses a key written twice in one
 * mapping and applies merge keys ({@code <<: *anchor}).
 */
public final class YamlDocuments {

  /** Deeper than any real file: a guard against aliases that refer to themselves. */
  private static final int MAX_DEPTH = 200;

  private YamlDocuments() {}

  /**
   * The documents of {@code file}; an empty document is a {@link YamlNode.Kind#NULL} node. Problems
   * name the file as {@code shownPath}.
   *
   * @throws YamlFileException when the file is not YAML, naming the line
   */
  public static List<YamlNode> read(Path file, String shownPath) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, shownPath);
    }
  }

  /** The documents of {@code text}; problems name {@code shownPath}. */
  public static List<YamlNode> parse(String text, String shownPath) {
    try {
      return read(new StringReader(text), shownPath);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static List<YamlNode> read(Reader reader, String shownPath) throws IOException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(shownPath)
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(100)
            .build();
    List<YamlNode> documents = new ArrayList<>();
    try {
      for (Node node : new Compose(settings).composeAllFromReader(reader)) {
        documents.add(new Converter(shownPath).convert(node, 0));
      }
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      throw new YamlFileException(
          shownPath,
          mark == null ? 0 : mark.getLine() + 1,
          "this is not valid YAML: "
              + (e.getContext() == null ? "" : e.getContext() + ", ")
              + e.getProblem()
              + (mark == null ? "" : " (column " + (mark.getColumn() + 1) + ")")
              + ". Fix the file so that a YAML parser reads it, for example with 'docker compose"
              + " config' or 'kubectl apply --dry-run=client -f'.");
    } catch (YamlEngineException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new YamlFileException(shownPath, 0, "this is not valid YAML: " + e.getMessage());
    }
    return documents;
  }

  /** Turns SnakeYAML's nodes into {@link YamlNode}s. */
  private static final class Converter {
    private final String path;

    Converter(String path) {
      this.path = path;
    }

    YamlNode convert(Node node, int depth) {
      int line = line(node);
      int column = node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(0);
      if (depth > MAX_DEPTH) {
        throw new YamlFileException(
            path, line, "the YAML nests deeper than " + MAX_DEPTH + " levels (an alias loop?)");
      }
      if (node instanceof ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
          return YamlNode.nullValue(line, column);
        }
        return YamlNode.scalar(scalar.getValue(), type(tag), line, column);
      }
      if (node instanceof SequenceNode sequence) {
        List<YamlNode> items = new ArrayList<>();
        sequence.getValue().forEach(item -> items.add(convert(item, depth + 1)));
        return YamlNode.sequence(items, line, column);
      }
      MappingNode mapping = (MappingNode) node;
      Map<String, YamlNode.Entry> own = new LinkedHashMap<>();
      Map<String, YamlNode.Entry> merged = new LinkedHashMap<>();
      Map<String, Integer> firstLine = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node key = tuple.getKeyNode();
        if (!(key instanceof ScalarNode scalarKey)) {
          throw new YamlFileException(
              path, line(key), "a key here is a list or mapping; write keys as plain text.");
        }
        YamlNode value = convert(tuple.getValueNode(), depth + 1);
        if (scalarKey.getValue().equals("<<") && scalarKey.isPlain()) {
          merge(value, merged);
          continue;
        }
        String name = scalarKey.getValue();
        Integer earlier = firstLine.putIfAbsent(name, line(key));
        if (earlier != null) {
          throw new YamlFileException(
              path,
              line(key),
              "the key '"
                  + name
                  + "' is already defined at line "
                  + earlier
                  + " of this mapping; Compose and Kubernetes refuse a key written twice. Keep"
                  + " one of them.");
        }
        own.put(
            name,
            new YamlNode.Entry(
                name,
                line(key),
                key.getStartMark().map(mark -> mark.getColumn() + 1).orElse(0),
                value));
      }
      List<YamlNode.Entry> entries = new ArrayList<>(own.values());
      merged.forEach(
          (name, entry) -> {
            if (!own.containsKey(name)) {
              entries.add(entry);
            }
          });
      return YamlNode.mapping(entries, line, column);
    }

    /** A merge key's mappings, the first of them winning, under the keys already merged. */
    private void merge(YamlNode value, Map<String, YamlNode.Entry> merged) {
      List<YamlNode> sources = value.isSequence() ? value.items() : List.of(value);
      for (YamlNode source : sources) {
        if (!source.isMapping()) {
          throw new YamlFileException(
              path,
              source.line(),
              "a merge key (<<) takes a mapping or a list of mappings, not " + source.describe());
        }
        source.entries().forEach(entry -> merged.putIfAbsent(entry.key(), entry));
      }
    }

    private static String type(Tag tag) {
      String value = tag.getValue();
      return value.startsWith(Tag.PREFIX) ? value.substring(Tag.PREFIX.length()) : "str";
    }

    private static int line(Node node) {
      return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }
  }
}
