package dev.entrypoint.dockerfile;

import java.util.Arrays;

/**
 * One instruction's text as Docker's parser joins it: continuation lines appended without their
 * escape character, comment and blank lines inside the continuation dropped. Remembers where each
 * joined piece came from, so that an offset in the text maps back to a file line and column.
 */
final class LogicalLine {

  private final String text;
  private final int startLine;
  private final int endLine;
  private final int[] pieceOffsets;
  private final int[] pieceLines;
  private final int[] pieceColumns;

  private LogicalLine(
      String text, int startLine, int endLine, int[] offsets, int[] lines, int[] columns) {
    this.text = text;
    this.startLine = startLine;
    this.endLine = endLine;
    this.pieceOffsets = offsets;
    this.pieceLines = lines;
    this.pieceColumns = columns;
  }

  String text() {
    return text;
  }

  int startLine() {
    return startLine;
  }

  int endLine() {
    return endLine;
  }

  /** The part of this line from {@code offset} on, still mapped to the file. */
  LogicalLine from(int offset) {
    int first = piece(offset);
    int count = pieceOffsets.length - first;
    int[] offsets = new int[count];
    int[] lines = Arrays.copyOfRange(pieceLines, first, pieceLines.length);
    int[] columns = Arrays.copyOfRange(pieceColumns, first, pieceColumns.length);
    columns[0] = columnAt(offset);
    for (int i = 1; i < count; i++) {
      offsets[i] = pieceOffsets[first + i] - offset;
    }
    return new LogicalLine(text.substring(offset), lines[0], endLine, offsets, lines, columns);
  }

  /**
   * The file line of the character at {@code offset} (the end of the text maps to the last line).
   */
  int lineAt(int offset) {
    return pieceLines[piece(offset)];
  }

  /** The 1-based column, on its file line, of the character at {@code offset}. */
  int columnAt(int offset) {
    int piece = piece(offset);
    return pieceColumns[piece] + offset - pieceOffsets[piece];
  }

  private int piece(int offset) {
    int found = Arrays.binarySearch(pieceOffsets, offset);
    if (found >= 0) {
      while (found + 1 < pieceOffsets.length && pieceOffsets[found + 1] == offset) {
        found++;
      }
      return found;
    }
    return Math.max(0, -found - 2);
  }

  /** Collects the pieces of a logical line as the parser reads them. */
  static final class Builder {

    private final StringBuilder text = new StringBuilder();
    private final int startLine;
    private int endLine;
    private int[] offsets = new int[4];
    private int[] lines = new int[4];
    private int[] columns = new int[4];
    private int pieces;

    Builder(int startLine) {
      this.startLine = startLine;
      this.endLine = startLine;
    }

    /** Appends {@code piece}, which starts at {@code column} on file line {@code line}. */
    Builder append(String piece, int line, int column) {
      if (pieces == offsets.length) {
        offsets = Arrays.copyOf(offsets, pieces * 2);
        lines = Arrays.copyOf(lines, pieces * 2);
        columns = Arrays.copyOf(columns, pieces * 2);
      }
      offsets[pieces] = text.length();
      lines[pieces] = line;
      columns[pieces] = column;
      pieces++;
      text.append(piece);
      return this;
    }

    /** Records that the instruction reaches {@code line}, even if that line added nothing. */
    void reach(int line) {
      endLine = line;
    }

    LogicalLine build() {
      return new LogicalLine(
          text.toString(),
          startLine,
          endLine,
          Arrays.copyOf(offsets, pieces),
          Arrays.copyOf(lines, pieces),
          Arrays.copyOf(columns, pieces));
    }
  }
}
