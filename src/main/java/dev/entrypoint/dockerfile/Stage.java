package dev.entrypoint.dockerfile;

import dev.entrypoint.launch.ImageLaunch;
import java.util.List;
import java.util.Objects;

/**
 * One build stage: its FROM line, its base, its instructions in order, and the config it ends with.
 */
public final class Stage {

  private final int index;
  private final String name;
  private final Instruction from;
  private final StageBase base;
  private final String platform;
  private final List<Instruction> instructions;
  private final StageConfig config;

  Stage(
      int index,
      String name,
      Instruction from,
      StageBase base,
      String platform,
      List<Instruction> instructions,
      StageConfig config) {
    this.index = index;
    this.name = name;
    this.from = from;
    this.base = base;
    this.platform = platform;
    this.instructions = List.copyOf(instructions);
    this.config = config;
  }

  /** The stage's 0-based position in the file. */
  public int index() {
    return index;
  }

  /** The name after {@code AS}, lower-cased as Docker does, or null when the stage has none. */
  public String name() {
    return name;
  }

  /** The FROM instruction that starts the stage. */
  public Instruction from() {
    return from;
  }

  /** What the stage is built on. */
  public StageBase base() {
    return base;
  }

  /** The {@code --platform} of the FROM line after ARG expansion, or null when not given. */
  public String platform() {
    return platform;
  }

  /** The stage's instructions after FROM, in order. */
  public List<Instruction> instructions() {
    return instructions;
  }

  /** The stage's instructions of one kind, in order. */
  public List<Instruction> instructions(Keyword kind) {
    return instructions.stream().filter(instruction -> instruction.is(kind)).toList();
  }

  /** The image config the stage ends with. */
  public StageConfig config() {
    return config;
  }

  /** The ENTRYPOINT and CMD the stage's image stores. */
  public ImageLaunch launch() {
    return config.launch();
  }

  /** {@code stage 1 "build"}, or {@code stage 0} for a stage without a name. */
  public String label() {
    return name == null ? "stage " + index : "stage " + index + " \"" + name + "\"";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Stage that
        && index == that.index
        && Objects.equals(name, that.name)
        && from.equals(that.from)
        && base.equals(that.base)
        && Objects.equals(platform, that.platform)
        && instructions.equals(that.instructions)
        && config.equals(that.config);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, name, from, base, platform, instructions, config);
  }

  @Override
  public String toString() {
    return label() + " FROM " + base + ": " + config;
  }
}
