package dev.entrypoint.orchestrator;

import dev.entrypoint.launch.Argv;
import java.util.List;
import java.util.Objects;

/**
 * An {@code entrypoint} or {@code command} of a Compose service, or a {@code command} or {@code
 * args} of a Kubernetes container: where it is written, how ({@link #written()}, a string or a
 * list), and the words the orchestrator hands to the engine after interpolating, splitting or
 * expanding it, or the error it stops with instead.
 */
public final class CommandSetting {

  private final String key;
  private final SourceLine where;
  private final String writtenText;
  private final List<String> writtenItems;
  private final List<String> words;
  private final String error;
  private final List<String> notes;

  private CommandSetting(
      String key,
      SourceLine where,
      String writtenText,
      List<String> writtenItems,
      List<String> words,
      String error,
      List<String> notes) {
    this.key = Objects.requireNonNull(key, "key");
    this.where = Objects.requireNonNull(where, "where");
    this.writtenText = writtenText;
    this.writtenItems = writtenItems == null ? null : List.copyOf(writtenItems);
    this.words = words == null ? null : List.copyOf(words);
    this.error = error;
    this.notes = List.copyOf(notes);
  }

  /** A setting written as one string, which gave {@code words}. */
  public static CommandSetting ofString(
      String key, SourceLine where, String written, List<String> words, List<String> notes) {
    return new CommandSetting(key, where, written, null, words, null, notes);
  }

  /** A setting written as a list, which gave {@code words}. */
  public static CommandSetting ofList(
      String key, SourceLine where, List<String> written, List<String> words, List<String> notes) {
    return new CommandSetting(key, where, null, written, words, null, notes);
  }

  /** A setting the orchestrator refuses, with its error; {@code written} as in the file. */
  public static CommandSetting refused(
      String key, SourceLine where, String written, List<String> writtenList, String error) {
    return new CommandSetting(
        key, where, written, writtenList, null, Objects.requireNonNull(error), List.of());
  }

  /** The key: {@code entrypoint}, {@code command} or {@code args}. */
  public String key() {
    return key;
  }

  /** Where the key is written. */
  public SourceLine where() {
    return where;
  }

  /** Whether it is written as one string (Compose only), not as a list. */
  public boolean isString() {
    return writtenText != null;
  }

  /** The string as written, or {@code null} for a list. */
  public String writtenText() {
    return writtenText;
  }

  /** The list as written, or {@code null} for a string. */
  public List<String> writtenItems() {
    return writtenItems;
  }

  /** How it is written, for messages: {@code command: "a b"} or {@code args: ["a", "b"]}. */
  public String written() {
    return key
        + ": "
        + (writtenText != null ? Argv.jsonString(writtenText) : Argv.json(writtenItems));
  }

  /** The words the engine gets, or {@code null} when the orchestrator refuses the setting. */
  public List<String> words() {
    return words;
  }

  /** Whether it gives no words at all, which both orchestrators treat as not set. */
  public boolean isEmpty() {
    return words != null && words.isEmpty();
  }

  /** Whether it gives words: it is read, and not empty (which would count as not set). */
  public boolean given() {
    return words != null && !words.isEmpty();
  }

  /** Why the orchestrator refuses it, or {@code null}. */
  public String error() {
    return error;
  }

  /** What a reader may not expect about how it was read, such as an unset variable. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommandSetting that
        && key.equals(that.key)
        && where.equals(that.where)
        && Objects.equals(writtenText, that.writtenText)
        && Objects.equals(writtenItems, that.writtenItems)
        && Objects.equals(words, that.words)
        && Objects.equals(error, that.error)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, where, writtenText, writtenItems, words, error, notes);
  }

  @Override
  public String toString() {
    return written() + " at " + where + (error != null ? " (error: " + error + ")" : "");
  }
}
