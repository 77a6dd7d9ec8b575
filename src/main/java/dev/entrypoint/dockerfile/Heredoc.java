package dev.entrypoint.dockerfile;

/**
 * A here-document of a RUN, COPY or ADD instruction (BuildKit only), such as {@code <<EOF} or
 * {@code <<-'EOF'}.
 *
 * @param name the delimiter word, quotes removed
 * @param fileDescriptor the number written before {@code <<}, 0 when none
 * @param chomp whether {@code <<-} strips leading tabs
 * @param expand whether variables in the content are expanded (the delimiter was not quoted)
 * @param content the lines between the instruction and the delimiter, each ending in {@code \n} (a
 *     {@code \r\n} line ending is read as {@code \n})
 * @param firstLine the line after the instruction's, where the content starts
 * @param delimiterLine the line holding the closing delimiter
 */
public record Heredoc(
    String name,
    int fileDescriptor,
    boolean chomp,
    boolean expand,
    String content,
    int firstLine,
    int delimiterLine) {}
