package org.ganclassroom.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the LaTeX in lesson text, the one way the validator and the views both use.
 * <ul>
 *   <li>{@code $$…$$} is display maths and may span several lines;</li>
 *   <li>{@code $…$} is inline maths on one line: the opening {@code $} is followed by a non-space, the closing
 *       one follows a non-space and is not followed by a digit (so "costs $5 or $10" stays text);</li>
 *   <li>{@code \$} is a literal dollar sign; nothing inside {@code `code spans`} (which end with their
 *       paragraph) or fenced code blocks is maths;</li>
 *   <li>a {@code $} that opens no inline formula is ordinary text; an unclosed {@code $$} is an error.</li>
 * </ul>
 * The Markdown renderer takes its formulas from this scan too, so what the checker checks is what the reader sees
 * as maths. Indented code blocks and HTML blocks are not modelled: a formula inside one is checked, and shown as
 * code.
 */
public final class MathText {
    private MathText() {
    }

    /** Inline ({@code $…$}) or display ({@code $$…$$}). */
    public enum Kind { INLINE, DISPLAY }

    /**
     * One formula.
     *
     * @param start offset of its opening delimiter in the scanned text
     * @param end   offset just after its closing delimiter
     * @param latex the LaTeX between the delimiters
     */
    public record Formula(Kind kind, int start, int end, String latex) {
    }

    /**
     * The formulas of a text, the offsets of {@code $$} that were never closed, and the offsets of the backticks
     * that open no code span (plain text, which a renderer that hides the formulas must keep unpaired).
     */
    public record Scan(List<Formula> formulas, List<Integer> unclosedDisplay, List<Integer> loneBackticks) {
        public Scan {
            formulas = List.copyOf(formulas);
            unclosedDisplay = List.copyOf(unclosedDisplay);
            loneBackticks = List.copyOf(loneBackticks);
        }
    }

    /** Scans Markdown (or a one-line text field) for maths. */
    public static Scan scan(String text) {
        List<Formula> formulas = new ArrayList<>();
        List<Integer> unclosed = new ArrayList<>();
        List<Integer> lone = new ArrayList<>();
        Unclosable never = new Unclosable();
        int n = text.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            if (lineStart) {
                int fenceEnd = skipFence(text, i);
                if (fenceEnd > i) {
                    i = fenceEnd;
                    continue;
                }
            }
            char c = text.charAt(i);
            lineStart = false;
            if (c == '\n') {
                lineStart = true;
                i++;
            } else if (c == '\\') {
                lineStart = escapesNewline(text, i); // a hard line break: the next line still starts a line
                i += 2;
            } else if (c == '`') {
                int run = runLength(text, i, '`');
                int close = never.backticks(text, i + run, run);
                if (close < 0) {
                    for (int k = i; k < i + run; k++) {
                        lone.add(k);
                    }
                }
                i = close < 0 ? i + run : close + run;
            } else if (c == '$') {
                if (i + 1 < n && text.charAt(i + 1) == '$') {
                    int close = never.display ? -1 : findDisplayClose(text, i + 2);
                    if (close < 0) {
                        never.display = true;
                        unclosed.add(i);
                        i += 2;
                    } else {
                        formulas.add(new Formula(Kind.DISPLAY, i, close + 2, text.substring(i + 2, close)));
                        i = close + 2;
                    }
                } else {
                    int close = i < never.inlineBefore ? -1 : findInlineClose(text, i + 1);
                    if (close < 0) {
                        if (close == LINE_ENDED) {
                            never.inlineBefore = nextLine(text, i);
                        }
                        i++;
                    } else {
                        formulas.add(new Formula(Kind.INLINE, i, close + 1, text.substring(i + 1, close)));
                        i = close + 1;
                    }
                }
            } else {
                i++;
            }
        }
        return new Scan(formulas, unclosed, lone);
    }

    /**
     * What a scan already knows cannot close. A later search starts further on and meets a subset of the same
     * closers, so it would fail too; remembering that keeps a scan linear on text full of lone delimiters.
     */
    private static final class Unclosable {
        boolean display;
        int inlineBefore;
        /** Per backtick run length: searches starting before this offset end their paragraph unclosed. */
        private final java.util.Map<Integer, Integer> backtickRunsBefore = new java.util.HashMap<>();

        int backticks(String s, int from, int run) {
            if (from < backtickRunsBefore.getOrDefault(run, -1)) {
                return -1;
            }
            int close = findBacktickRun(s, from, run);
            if (close < 0) {
                backtickRunsBefore.put(run, -close - 1);
            }
            return close;
        }
    }

    /**
     * The text with every code span and fenced code block blanked out (newlines kept), so that searches for
     * images or maths skip code.
     */
    static String maskCode(String text) {
        StringBuilder out = new StringBuilder(text);
        Unclosable never = new Unclosable();
        int n = text.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            if (lineStart) {
                int fenceEnd = skipFence(text, i);
                if (fenceEnd > i) {
                    blank(out, i, fenceEnd);
                    i = fenceEnd;
                    continue;
                }
            }
            char c = text.charAt(i);
            lineStart = c == '\n' || c == '\\' && escapesNewline(text, i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                int run = runLength(text, i, '`');
                int close = never.backticks(text, i + run, run);
                if (close >= 0) {
                    blank(out, i, close + run);
                }
                i = close < 0 ? i + run : close + run;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder sb, int from, int to) {
        for (int k = from; k < to && k < sb.length(); k++) {
            if (sb.charAt(k) != '\n') {
                sb.setCharAt(k, ' ');
            }
        }
    }

    /** 0-based line of an offset in a text. */
    public static int lineOf(String text, int offset) {
        int line = 0;
        for (int k = 0; k < offset && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * {@link #lineOf} for many offsets of one text: the newlines are found once, then each lookup is a binary
     * search, so checking every formula of a long lesson stays linear.
     */
    static java.util.function.IntUnaryOperator lineIndex(String text) {
        int[] newlines = newlines(text);
        return offset -> {
            int k = java.util.Arrays.binarySearch(newlines, offset);
            return k >= 0 ? k : -k - 1;
        };
    }

    private static int[] newlines(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(k -> text.charAt(k) == '\n').toArray();
    }

    private static int runLength(String s, int from, char c) {
        int k = from;
        while (k < s.length() && s.charAt(k) == c) {
            k++;
        }
        return k - from;
    }

    /**
     * The closing run of exactly {@code run} backticks in the paragraph of {@code from}; when there is none,
     * {@code -(paragraph end) - 1}. A code span cannot outlive its paragraph, as in CommonMark.
     */
    private static int findBacktickRun(String s, int from, int run) {
        int k = from;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '`') {
                int r = runLength(s, k, '`');
                if (r == run) {
                    return k;
                }
                k += r;
            } else if (c == '\n' && endsParagraph(lineAt(s, k + 1))) {
                return -k - 1;
            } else {
                k++;
            }
        }
        return -s.length() - 1;
    }

    /**
     * CommonMark lines that end the paragraph before them: blank, a fence, a heading (or a setext underline), a
     * list item or a rule. (A
     * quote marker is left out: inside a quote the paragraph goes on, and a code span that closes there hides
     * its dollars from both the checker and the reader.)
     */
    private static final java.util.regex.Pattern INTERRUPTS = java.util.regex.Pattern.compile(
            "\\s*|( {0,3})(#{1,6}(\\s.*)?|[-*+]\\s+\\S.*|1[.)]\\s+\\S.*|([-*_])(\\s*\\4){2,}\\s*|=+\\s*)");

    private static boolean endsParagraph(String line) {
        return Fence.opening(line) != null || INTERRUPTS.matcher(line).matches();
    }

    /** Whether the backslash at {@code i} escapes a line break. */
    private static boolean escapesNewline(String s, int i) {
        return i + 1 < s.length() && s.charAt(i + 1) == '\n';
    }

    private static int findDisplayClose(String s, int from) {
        int k = from;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '\\') {
                k += 2;
            } else if (c == '$' && k + 1 < s.length() && s.charAt(k + 1) == '$') {
                return k;
            } else {
                k++;
            }
        }
        return -1;
    }

    /** {@link #findInlineClose} searched to the end of the line and found no closing {@code $}. */
    private static final int LINE_ENDED = -2;

    /** The closing {@code $}; -1 when {@code from} cannot start a formula, {@link #LINE_ENDED} when none closes it. */
    private static int findInlineClose(String s, int from) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '$') {
            return -1;
        }
        int k = from;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\\' && escapesNewline(s, k)) {
                return LINE_ENDED;
            } else if (c == '\\') {
                k += 2;
            } else if (c == '$') {
                boolean afterSpace = Character.isWhitespace(s.charAt(k - 1));
                boolean beforeDigit = k + 1 < s.length() && Character.isDigit(s.charAt(k + 1));
                if (!afterSpace && !beforeDigit) {
                    return k;
                }
                k++;
            } else {
                k++;
            }
        }
        return LINE_ENDED;
    }

    /** If a fenced code block opens at {@code lineStart}, the offset after its closing line, else lineStart. */
    private static int skipFence(String s, int lineStart) {
        Fence open = Fence.opening(lineAt(s, lineStart));
        if (open == null) {
            return lineStart;
        }
        int k = nextLine(s, lineStart);
        while (k < s.length()) {
            boolean closes = open.closedBy(lineAt(s, k));
            k = nextLine(s, k);
            if (closes) {
                return k;
            }
        }
        return s.length();
    }

    private static String lineAt(String s, int start) {
        int end = s.indexOf('\n', start);
        return s.substring(start, end < 0 ? s.length() : end);
    }

    private static int nextLine(String s, int start) {
        int end = s.indexOf('\n', start);
        return end < 0 ? s.length() : end + 1;
    }
}
