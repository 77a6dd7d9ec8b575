package dev.entrypoint.orchestrator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML value as a file holds it, with the line and column it starts at (1-based): a mapping
 * (whose entries keep where each key is), a sequence, a scalar with its YAML 1.2 core type, or
 * null. Aliases are resolved and merge keys ({@code <<}) applied, as Compose and Kubernetes read
 * them.
 */
public final class YamlNode {

  /** The kinds of YAML value. */
  public enum Kind {
    MAPPING,
    SEQUENCE,
    SCALAR,
    NULL
  }

  /**
   * One key of a mapping and its value.
   *
   * @param key the key's text
   * @param line the line the key is on
   * @param column the column the key starts at
   * @param value the value
   */
  public record Entry(String key, int line, int column, YamlNode value) {

    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  private final Kind kind;
  private final String text;
  private final String type;
  private final List<YamlNode> items;
  private final List<Entry> entries;
  private final int line;
  private final int column;

  private YamlNode(
      Kind kind,
      String text,
      String type,
      List<YamlNode> items,
      List<Entry> entries,
      int line,
      int column) {
    this.kind = kind;
    this.text = text;
    this.type = type;
    this.items = List.copyOf(items);
    this.entries = List.copyOf(entries);
    this.line = line;
    this.column = column;
  }

  /** A scalar; {@code type} is its YAML core type: {@code str}, {@code int}, {@code bool}... */
  public static YamlNode scalar(String text, String type, int line, int column) {
    return new YamlNode(
        Kind.SCALAR, Objects.requireNonNull(text), type, List.of(), List.of(), line, column);
  }

  /** A null ({@code ~}, {@code null} or nothing). */
  public static YamlNode nullValue(int line, int column) {
    return new YamlNode(Kind.NULL, null, "null", List.of(), List.of(), line, column);
  }

  /** A sequence. */
  public static YamlNode sequence(List<YamlNode> items, int line, int column) {
    return new YamlNode(Kind.SEQUENCE, null, null, items, List.of(), line, column);
  }

  /** A mapping, its entries in file order. */
  public static YamlNode mapping(List<Entry> entries, int line, int column) {
    return new YamlNode(Kind.MAPPING, null, null, List.of(), entries, line, column);
  }

  /** What kind of value this is. */
  public Kind kind() {
    return kind;
  }

  /** Whether this is a scalar of YAML type string (quoted, or plain text that is no other type). */
  public boolean isString() {
    return kind == Kind.SCALAR && type.equals("str");
  }

  /** Whether this is a mapping. */
  public boolean isMapping() {
    return kind == Kind.MAPPING;
  }

  /** Whether this is a sequence. */
  public boolean isSequence() {
    return kind == Kind.SEQUENCE;
  }

  /** Whether this is null. */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** A scalar's text as written (without quotes); {@code null} for other kinds. */
  public String text() {
    return text;
  }

  /** What the value is, for messages: {@code a string}, {@code a number}, {@code a mapping}... */
  public String describe() {
    return switch (kind) {
      case MAPPING -> "a mapping";
      case SEQUENCE -> "a list";
      case NULL -> "null";
      case SCALAR ->
          switch (type) {
            case "str" -> "a string";
            case "int", "float" -> "a number";
            case "bool" -> "a boolean";
            default -> "a " + type;
          };
    };
  }

  /** A sequence's items. */
  public List<YamlNode> items() {
    return items;
  }

  /** A mapping's entries, in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entry of {@code key}, when this is a mapping that has it. */
  public Optional<Entry> entry(String key) {
    return entries.stream().filter(entry -> entry.key().equals(key)).findFirst();
  }

  /** The value of {@code key}, when this is a mapping that has it. */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  /** The line the value starts on, from 1. */
  public int line() {
    return line;
  }

  /** The column the value starts at, from 1. */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof YamlNode that
        && kind == that.kind
        && Objects.equals(text, that.text)
        && Objects.equals(type, that.type)
        && items.equals(that.items)
        && entries.equals(that.entries)
        && line == that.line
        && column == that.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, type, items, entries, line, column);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SCALAR -> text;
      case NULL -> "null";
      case SEQUENCE -> items.toString();
      case MAPPING -> entries.stream().map(e -> e.key() + ": " + e.value()).toList().toString();
    };
  }
}
