package dev.entrypoint.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image a session loaded from a tarball, and the names the load took, recorded in the engine
 * itself: an image cannot be labelled once it is built, so the records are tags, all under {@value
 * #REPOSITORY}{@code /<run id>/<session>/} with the {@linkplain RunOwner#tag() owner} as the tag:
 *
 * <ul>
 *   <li>{@code image}, on the loaded image: it is removed with its last tag;
 *   <li>{@code loaded-<name in hex>}, on the loaded image, for each name that no image had before;
 *   <li>{@code restore-<name in hex>}, on the image that had the name before the load took it.
 * </ul>
 *
 * <p>{@link #release} gives every taken name back, removes the names the load added, and then the
 * records, the image's own last: so it is never left untagged ({@code <none>}). A later run reads
 * the same records back ({@link #recordedIn}) when the process that made them was killed.
 */
final class LoadedImage {

  /** The repository every record is under. */
  static final String REPOSITORY = "entrypoint-owned";

  /** A repository name may be 255 characters long. */
  private static final int MAX_REPOSITORY = 255;

  private static final Pattern RECORD =
      Pattern.compile(
          "(?:localhost/)?"
              + REPOSITORY
              + "/([a-z0-9]+)/([a-z0-9]+)/(image|loaded-([0-9a-f]+)|restore-([0-9a-f]+)):(\\S+)");

  private final RunOwner owner;
  private final String session;

  /** Names the load took from another image, each with its record on that image (or null). */
  private final Map<String, String> restore = new LinkedHashMap<>();

  /** Names the load added, each with its record on the loaded image (or null). */
  private final Map<String, String> added = new LinkedHashMap<>();

  private String imageRecord;

  LoadedImage(RunOwner owner, String session) {
    this.owner = owner;
    this.session = session;
  }

  /** Who loaded the image. */
  RunOwner owner() {
    return owner;
  }

  /** Records, before the load, that {@code name} belongs to the image {@code previousId}. */
  void taking(ContainerEngine engine, String name, String previousId) {
    String record = record("restore-" + hex(name));
    restore.put(name, record);
    if (record != null) {
      engine.tag(previousId, record);
    }
  }

  /** Whether {@code reference}, as the engine reported it loaded, is a name the load took. */
  boolean took(String reference) {
    return restore.keySet().stream()
        .anyMatch(name -> reference.equals(name) || reference.endsWith("/" + name));
  }

  /** Records, after the load, that {@code reference} is a name the load added. */
  void added(ContainerEngine engine, String reference) {
    String record = record("loaded-" + hex(reference));
    added.put(reference, record);
    if (record != null) {
      engine.tag(reference, record);
    }
  }

  /** Records, after the load, the image that {@code reference} now names. */
  void loaded(ContainerEngine engine, String reference) {
    imageRecord = record("image");
    engine.tag(reference, imageRecord);
  }

  /**
   * Gives every taken name back to its image, removes the names the load added (those that still
   * name the loaded image) and then the records; a step that fails is passed to {@code failed} with
   * what it was about, and the others still run.
   */
  void release(ContainerEngine engine, BiConsumer<String, RuntimeException> failed) {
    restore.forEach(
        (name, record) -> {
          if (record != null) {
            attempt(
                () -> engine.tag(record, name),
                "name " + name + ", giving it back to the image that had it",
                failed);
          }
        });
    added.forEach(
        (name, record) ->
            attempt(
                () -> {
                  Optional<String> named = engine.imageId(name);
                  if (named.isPresent()
                      && (record == null || named.equals(engine.imageId(record)))) {
                    engine.removeImage(name);
                  }
                },
                "image " + name,
                failed));
    List<String> records = new ArrayList<>();
    restore.values().stream().filter(r -> r != null).forEach(records::add);
    added.values().stream().filter(r -> r != null).forEach(records::add);
    if (imageRecord != null) {
      records.add(imageRecord);
    }
    for (String record : records) {
      attempt(() -> engine.removeImage(record), "image " + record, failed);
    }
  }

  private static void attempt(
      Runnable step, String what, BiConsumer<String, RuntimeException> failed) {
    try {
      step.run();
    } catch (RuntimeException e) {
      failed.accept(what, e);
    }
  }

  /** The names this image took or added, for a report. */
  List<String> names() {
    List<String> names = new ArrayList<>(restore.keySet());
    names.addAll(added.keySet());
    return names;
  }

  /** The record {@code kind}, or null when the repository name would be too long. */
  private String record(String kind) {
    String repository = REPOSITORY + "/" + owner.runId() + "/" + session + "/" + kind;
    return repository.length() > MAX_REPOSITORY ? null : repository + ":" + owner.tag();
  }

  private static String hex(String name) {
    return HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The loaded images that {@code references} (every image reference an engine lists) record, one
   * per session.
   */
  static List<LoadedImage> recordedIn(List<String> references) {
    Map<String, LoadedImage> images = new LinkedHashMap<>();
    for (String reference : references) {
      Matcher record = RECORD.matcher(reference.strip());
      if (!record.matches()) {
        continue;
      }
      Optional<RunOwner> owner = RunOwner.ofTag(record.group(1), record.group(6));
      if (owner.isEmpty()) {
        continue;
      }
      String written = reference.strip().substring(reference.strip().indexOf(REPOSITORY));
      LoadedImage image =
          images.computeIfAbsent(
              record.group(1) + "/" + record.group(2),
              key -> new LoadedImage(owner.get(), record.group(2)));
      try {
        if (record.group(4) != null) {
          image.added.put(unhex(record.group(4)), written);
        } else if (record.group(5) != null) {
          image.restore.put(unhex(record.group(5)), written);
        } else {
          image.imageRecord = written;
        }
      } catch (IllegalArgumentException notHex) {
        // a tag that only looks like a record: not ours to touch
      }
    }
    return List.copyOf(images.values());
  }

  private static String unhex(String hex) {
    return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "image loaded as " + names() + " by " + owner;
  }
}
