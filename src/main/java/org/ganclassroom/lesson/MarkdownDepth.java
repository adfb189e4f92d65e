package org.ganclassroom.lesson;

import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;

/**
 * How deeply a piece of Markdown nests (block quotes in lists in emphasis …), measured on CommonMark's own tree
 * without recursion. The views draw that tree recursively, so a lesson nested deeper than {@link #MAX_DEPTH} is
 * refused instead of overflowing the stack of the FX thread.
 */
final class MarkdownDepth {
    /** Deepest Markdown tree a lesson may have; real lessons stay under ten. */
    static final int MAX_DEPTH = 30;
    /**
     * Most '&lt;' in one piece of Markdown: CommonMark 0.22 looks for the end of an autolink or inline HTML from
     * every '&lt;' to the end of the paragraph (commonmark-java issue 447), which is quadratic.
     */
    static final int MAX_ANGLE_BRACKETS = 1000;
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownDepth() {
    }

    /** The 0-based line of the '&lt;' past {@link #MAX_ANGLE_BRACKETS}, if there are too many. */
    static OptionalInt tooManyAngleBrackets(String markdown) {
        int seen = 0;
        int line = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '<' && ++seen > MAX_ANGLE_BRACKETS) {
                return OptionalInt.of(line);
            }
        }
        return OptionalInt.empty();
    }

    /** The 0-based line (within {@code markdown}) of the first node deeper than the limit, if any. */
    static OptionalInt tooDeep(String markdown) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(PARSER.parse(markdown));
        depths.push(0);
        int lastLine = 0;
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (!node.getSourceSpans().isEmpty()) {
                lastLine = node.getSourceSpans().get(0).getLineIndex();
            }
            if (depth > MAX_DEPTH) {
                return OptionalInt.of(lastLine);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return OptionalInt.empty();
    }
}
