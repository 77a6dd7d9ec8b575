package dev.entrypoint.orchestrator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads the services of one Compose file: what {@link ComposeProject} merges. */
final class ComposeFileReader {

  private final Path file;
  private final String path;
  private final Function<String, Optional<String>> variables;

  ComposeFileReader(Path file, String path, Function<String, Optional<String>> variables) {
    this.file = file;
    this.path = path;
    this.variables = variables;
  }

  List<ComposeService> services(List<YamlNode> documents) {
    if (documents.isEmpty() || documents.get(0).isNull()) {
      return List.of();
    }
    YamlNode root = documents.get(0);
    if (!root.isMapping()) {
      throw new YamlFileException(
          path,
          root.line(),
          "a Compose file is a mapping with 'services:', not " + root.describe());
    }
    Optional<YamlNode.Entry> services = root.entry("services");
    if (services.isEmpty() || services.get().value().isNull()) {
      return List.of();
    }
    YamlNode servicesNode = services.get().value();
    if (!servicesNode.isMapping()) {
      throw new YamlFileException(
          path,
          services.get().line(),
          "'services' is " + servicesNode.describe() + "; write one mapping entry per service.");
    }
    List<ComposeService> read = new ArrayList<>();
    for (YamlNode.Entry entry : servicesNode.entries()) {
      read.add(service(entry));
    }
    return read;
  }

  private ComposeService service(YamlNode.Entry entry) {
    String name = entry.key();
    YamlNode node = entry.value();
    SourceLine where = new SourceLine(path, entry.line());
    if (!node.isMapping()) {
      throw new YamlFileException(
          path, entry.line(), "service '" + name + "' is " + node.describe() + ", not a mapping.");
    }
    List<String> notes = new ArrayList<>();
    ComposeService.Image image = node.entry("image").map(e -> image(name, e, notes)).orElse(null);
    ComposeService.Build build = node.entry("build").map(e -> build(name, e)).orElse(null);
    CommandSetting entrypoint = node.entry("entrypoint").map(e -> command(name, e)).orElse(null);
    CommandSetting command = node.entry("command").map(e -> command(name, e)).orElse(null);
    String pullPolicy =
        node.get("pull_policy").filter(YamlNode::isString).map(YamlNode::text).orElse(null);
    return new ComposeService(
        name, where, image, build, entrypoint, command, environment(node), pullPolicy, notes);
  }

  private ComposeService.Image image(String service, YamlNode.Entry entry, List<String> notes) {
    SourceLine where = new SourceLine(path, entry.line());
    YamlNode value = entry.value();
    if (value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      return new ComposeService.Image(
          null,
          "services." + service + ".image is " + value.describe() + "; write the image's name",
          where);
    }
    try {
      ComposeInterpolation.Result result =
          ComposeInterpolation.interpolate(value.text(), variables);
      result.unset().forEach(variable -> notes.add(unsetNote(variable, "image")));
      return new ComposeService.Image(result.text(), null, where);
    } catch (ComposeInterpolation.Failure failure) {
      return new ComposeService.Image(
          null, "services." + service + ".image: " + failure.getMessage(), where);
    }
  }

  private ComposeService.Build build(String service, YamlNode.Entry entry) {
    SourceLine where = new SourceLine(path, entry.line());
    YamlNode value = entry.value();
    String context = ".";
    String dockerfile = "Dockerfile";
    String target = null;
    if (value.isString()) {
      context = interpolated(value.text());
    } else if (value.isMapping()) {
      context =
          value
              .get("context")
              .filter(YamlNode::isString)
              .map(v -> interpolated(v.text()))
              .orElse(".");
      dockerfile =
          value
              .get("dockerfile")
              .filter(YamlNode::isString)
              .map(v -> interpolated(v.text()))
              .orElse(dockerfile);
      target =
          value
              .get("target")
              .filter(YamlNode::isString)
              .map(v -> interpolated(v.text()))
              .orElse(null);
    } else {
      return null;
    }
    Path contextDir = file.toAbsolutePath().getParent().resolve(context).normalize();
    return new ComposeService.Build(contextDir.resolve(dockerfile).normalize(), target, where);
  }

  private String interpolated(String text) {
    try {
      return ComposeInterpolation.interpolate(text, variables).text();
    } catch (ComposeInterpolation.Failure failure) {
      return text;
    }
  }

  /** An {@code entrypoint:} or {@code command:}; {@code null} when it is null (not set). */
  private CommandSetting command(String service, YamlNode.Entry entry) {
    String key = entry.key();
    String option = "services." + service + "." + key;
    SourceLine where = new SourceLine(path, entry.line());
    YamlNode value = entry.value();
    if (value.isNull()) {
      return null;
    }
    List<String> notes = new ArrayList<>();
    if (value.isString()) {
      String written = value.text();
      ComposeInterpolation.Result interpolated;
      try {
        interpolated = ComposeInterpolation.interpolate(written, variables);
      } catch (ComposeInterpolation.Failure failure) {
        return CommandSetting.refused(
            key, where, written, null, option + ": " + failure.getMessage());
      }
      interpolated.unset().forEach(variable -> notes.add(unsetNote(variable, key)));
      ComposeWords words;
      try {
        words = ComposeWords.split(interpolated.text());
      } catch (IllegalArgumentException unsplittable) {
        return CommandSetting.refused(
            key,
            where,
            written,
            null,
            option
                + ": "
                + ComposeWords.INVALID
                + ": Compose v2 cannot split "
                + dev.entrypoint.launch.Argv.jsonString(interpolated.text())
                + " into words (an unclosed quote, or a '(' that does not follow '$'). Write "
                + key
                + " as a list");
      }
      if (!words.dropped().isEmpty()) {
        notes.add(
            "Compose v2 stops reading the string at the shell operator and drops "
                + dev.entrypoint.launch.Argv.jsonString(words.dropped())
                + " (Compose 1.29 passed those words on as arguments); no shell runs either way");
      }
      return CommandSetting.ofString(key, where, written, words.words(), notes);
    }
    if (!value.isSequence()) {
      return CommandSetting.refused(
          key,
          where,
          null,
          null,
          option + " is " + value.describe() + "; write a string or a list of strings");
    }
    List<String> written = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < value.items().size(); i++) {
      YamlNode item = value.items().get(i);
      if (!item.isString()) {
        return CommandSetting.refused(
            key,
            where,
            null,
            written,
            option
                + "["
                + i
                + "] is "
                + item.describe()
                + " ("
                + item
                + "); Compose takes only strings here: quote it, \""
                + item
                + "\"");
      }
      written.add(item.text());
      try {
        ComposeInterpolation.Result interpolated =
            ComposeInterpolation.interpolate(item.text(), variables);
        interpolated.unset().forEach(variable -> notes.add(unsetNote(variable, key)));
        words.add(interpolated.text());
      } catch (ComposeInterpolation.Failure failure) {
        return CommandSetting.refused(
            key, where, null, written, option + "[" + i + "]: " + failure.getMessage());
      }
    }
    return CommandSetting.ofList(key, where, written, words, notes);
  }

  private Map<String, SourceLine> environment(YamlNode service) {
    Map<String, SourceLine> names = new LinkedHashMap<>();
    Optional<YamlNode> environment = service.get("environment");
    if (environment.isEmpty()) {
      return names;
    }
    if (environment.get().isMapping()) {
      environment
          .get()
          .entries()
          .forEach(entry -> names.put(entry.key(), new SourceLine(path, entry.line())));
    } else if (environment.get().isSequence()) {
      for (YamlNode item : environment.get().items()) {
        if (item.isString()) {
          String name = item.text().split("=", 2)[0];
          names.put(name, new SourceLine(path, item.line()));
        }
      }
    }
    return names;
  }

  private static String unsetNote(String variable, String key) {
    return "the variable "
        + variable
        + " in "
        + key
        + " is not set where Compose runs (nor in .env), so Compose puts an empty string in its"
        + " place";
  }
}
