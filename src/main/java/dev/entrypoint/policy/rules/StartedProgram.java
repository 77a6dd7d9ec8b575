package dev.entrypoint.policy.rules;

import dev.entrypoint.UnixPath;
import dev.entrypoint.image.ImageFile;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.policy.ImageInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A program {@code docker run IMAGE} starts, looked up in the image's files as the runtime does: a
 * name with a slash as a path (relative ones against the working directory), a bare name in the
 * directories of the image's PATH. An init such as tini starts a second program, looked up too.
 *
 * @param name the program as written in the argv
 * @param shownAs how messages introduce it: {@code the image's ENTRYPOINT}, or {@code the image's
 *     ENTRYPOINT starts /sbin/tini, which} for the program an init starts
 * @param inEntrypoint whether it comes from the ENTRYPOINT (so the CMD is its arguments)
 * @param outcome what the lookup found
 * @param path the absolute path looked up or found
 * @param file what is at that path, links followed, when something is
 */
record StartedProgram(
    String name,
    String shownAs,
    boolean inEntrypoint,
    Outcome outcome,
    String path,
    Optional<ImageFile> file) {

  /** How a lookup ends. */
  enum Outcome {
    /** An executable regular file. */
    FOUND,
    /** A path with a slash, and nothing there. */
    MISSING,
    /** A bare name that no directory of PATH holds. */
    NOT_ON_PATH,
    /** Something is there, but not an executable regular file. */
    NOT_EXECUTABLE
  }

  /** The programs {@code docker run IMAGE} starts, when the image has something to run. */
  static List<StartedProgram> of(ImageInput image, ImageFiles files) {
    List<StartedProgram> programs = new ArrayList<>();
    List<String> argv = image.run().argv();
    if (argv == null) {
      return programs;
    }
    int entrypointSize = image.launch().hasEntrypoint() ? image.launch().entrypoint().size() : 0;
    String source = entrypointSize > 0 ? "the image's ENTRYPOINT" : "the image's CMD";
    programs.add(lookup(argv.get(0), source, entrypointSize > 0, image, files));
    if (LaunchContract.isInit(argv)) {
      List<String> started = ExecArray.afterInit(argv);
      if (!started.isEmpty()) {
        int index = argv.size() - started.size();
        programs.add(
            lookup(
                started.get(0),
                source + " starts " + argv.get(0) + ", which",
                index < entrypointSize,
                image,
                files));
      }
    }
    return programs;
  }

  private static StartedProgram lookup(
      String name, String shownAs, boolean inEntrypoint, ImageInput image, ImageFiles files) {
    if (name.contains("/")) {
      String path = UnixPath.resolve(image.workingDir(), name);
      Optional<ImageFile> file = files.resolve(path);
      Outcome outcome =
          file.isEmpty()
              ? Outcome.MISSING
              : isExecutableFile(file.get()) ? Outcome.FOUND : Outcome.NOT_EXECUTABLE;
      return new StartedProgram(name, shownAs, inEntrypoint, outcome, path, file);
    }
    String searchPath = image.searchPath();
    Optional<String> found = files.findExecutable(name, searchPath);
    if (found.isPresent()) {
      return new StartedProgram(
          name, shownAs, inEntrypoint, Outcome.FOUND, found.get(), files.resolve(found.get()));
    }
    for (String directory : searchPath.split(":")) {
      String candidate = UnixPath.normalize(directory + "/" + name);
      Optional<ImageFile> file = files.resolve(candidate);
      if (!directory.isEmpty() && file.isPresent()) {
        return new StartedProgram(
            name, shownAs, inEntrypoint, Outcome.NOT_EXECUTABLE, candidate, file);
      }
    }
    return new StartedProgram(
        name, shownAs, inEntrypoint, Outcome.NOT_ON_PATH, name, Optional.empty());
  }

  private static boolean isExecutableFile(ImageFile file) {
    return (file.type() == ImageFile.Type.FILE || file.type() == ImageFile.Type.HARDLINK)
        && file.isExecutable();
  }

  /** {@code the image's ENTRYPOINT starts /app/run.sh}. */
  String starts() {
    return Sentence.capitalized(shownAs)
        + " starts "
        + name
        + (name.equals(path) || outcome == Outcome.NOT_ON_PATH ? "" : " (" + path + ")");
  }

  /** The file as a script: its text, when it is a regular file that starts with {@code #!}. */
  Optional<Script> script() {
    return file.filter(f -> f.type() == ImageFile.Type.FILE || f.type() == ImageFile.Type.HARDLINK)
        .filter(f -> f.head().length > 2 && f.head()[0] == '#' && f.head()[1] == '!')
        .map(
            f ->
                new Script(
                    new String(f.head(), StandardCharsets.UTF_8), f.head().length >= f.size()));
  }

  /**
   * The start of a script.
   *
   * @param text the first bytes of the file, as text
   * @param complete whether that is the whole file
   */
  record Script(String text, boolean complete) {

    /** The first line, without its line ending: {@code #!/bin/sh}. */
    String shebang() {
      int end = text.indexOf('\n');
      return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }

    /** The interpreter and its optional argument: {@code ["/usr/bin/env", "bash"]}. */
    List<String> interpreter() {
      String line = shebang().substring(2).strip();
      if (line.isEmpty()) {
        return List.of();
      }
      int space = line.indexOf(' ') < 0 ? line.indexOf('\t') : line.indexOf(' ');
      return space < 0
          ? List.of(line)
          : List.of(line.substring(0, space), line.substring(space + 1).strip());
    }
  }
}
