package dev.entrypoint.policy;

import dev.entrypoint.launch.Argv;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a fix is written for the input it is about: as Dockerfile instructions (for a Dockerfile, and
 * for a built image whatever built it), or as the plugin's {@code <container>} elements (for the
 * pom).
 */
public enum Notation {
  DOCKERFILE {
    @Override
    public String entrypoint(List<String> argv) {
      return "ENTRYPOINT " + Argv.json(argv);
    }

    @Override
    public String cmd(List<String> argv) {
      return "CMD " + Argv.json(argv);
    }

    @Override
    public String user(String user) {
      return "USER " + user;
    }

    @Override
    public String workdir(String path) {
      return "WORKDIR " + path;
    }
  },
  POM {
    @Override
    public String entrypoint(List<String> argv) {
      return "<container><entrypoint>" + args(argv) + "</entrypoint>";
    }

    @Override
    public String cmd(List<String> argv) {
      return "<container><cmd>" + args(argv) + "</cmd>";
    }

    @Override
    public String user(String user) {
      return "<container><user>" + user + "</user>";
    }

    @Override
    public String workdir(String path) {
      return "<container><workingDirectory>" + path + "</workingDirectory>";
    }
  };

  /** An exec-form ENTRYPOINT of {@code argv}. */
  public abstract String entrypoint(List<String> argv);

  /** An exec-form CMD of {@code argv}. */
  public abstract String cmd(List<String> argv);

  /** The user the image runs as. */
  public abstract String user(String user);

  /** The working directory. */
  public abstract String workdir(String path);

  private static String args(List<String> argv) {
    return argv.stream()
        .map(word -> "<arg>" + word.replace("&", "&amp;").replace("<", "&lt;") + "</arg>")
        .collect(Collectors.joining());
  }
}
