package dev.entrypoint.orchestrator;

import dev.entrypoint.ConfigurationException;

/**
 * A Compose file or Kubernetes manifest that cannot be read as such: YAML that does not parse, or a
 * value of the wrong kind where Compose or Kubernetes needs one. The message names the file and
 * line, what is wrong and how to fix it.
 */
public final class YamlFileException extends ConfigurationException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;

  /** A problem at {@code line} of the file findings name {@code path}; 0 when no line is known. */
  public YamlFileException(String path, int line, String problem) {
    super((line > 0 ? path + ":" + line : path) + ": " + problem);
    this.path = path;
    this.line = line;
  }

  /** The file, as findings name it. */
  public String path() {
    return path;
  }

  /** The line of the problem, or 0 when not known. */
  public int line() {
    return line;
  }
}
