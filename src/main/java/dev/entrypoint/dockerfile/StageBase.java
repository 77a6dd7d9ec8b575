package dev.entrypoint.dockerfile;

/**
 * What a stage is built FROM: {@code scratch}, an external image, or an earlier stage of the same
 * Dockerfile.
 *
 * @param kind which of the three
 * @param name the image reference or stage name after ARG expansion ({@code scratch} for scratch)
 * @param stageIndex the index of the base stage, or -1 when the base is not a stage
 */
public record StageBase(Kind kind, String name, int stageIndex) {

  /** The three kinds of base. */
  public enum Kind {
    SCRATCH,
    IMAGE,
    STAGE
  }

  static StageBase scratch() {
    return new StageBase(Kind.SCRATCH, "scratch", -1);
  }

  static StageBase image(String reference) {
    return new StageBase(Kind.IMAGE, reference, -1);
  }

  static StageBase stage(int index, String name) {
    return new StageBase(Kind.STAGE, name, index);
  }

  /** Whether the base is an earlier stage. */
  public boolean isStage() {
    return kind == Kind.STAGE;
  }

  /** Whether the base is an external image. */
  public boolean isImage() {
    return kind == Kind.IMAGE;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SCRATCH -> "scratch";
      case IMAGE -> "image " + name;
      case STAGE -> "stage " + stageIndex + " (" + name + ")";
    };
  }
}
