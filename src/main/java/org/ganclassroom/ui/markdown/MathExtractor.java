package org.ganclassroom.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the LaTeX out of Markdown before CommonMark sees it (CommonMark would eat its backslashes and underscores),
 * leaving placeholders that the renderer swaps back for formulas. Plain Java, no JavaFX.
 * <ul>
 *   <li>{@code $$…$$} is display maths (may span lines); {@code $…$} is inline maths (same paragraph, no space just
 *       inside the dollars, not followed by a digit — so "costs $5 and $10" stays text).</li>
 *   <li>{@code \$} stays a dollar sign; code spans and fenced code blocks keep their dollars.</li>
 * </ul>
 */
public final class MathExtractor {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    /** One formula. */
    public record Formula(String latex, boolean display) {
    }

    /** Markdown with placeholders, and the formulas they stand for (placeholder {@code n} is {@code formulas.get(n)}). */
    public record Extracted(String markdown, List<Formula> formulas) {
        public Extracted {
            formulas = List.copyOf(formulas);
        }
    }

    /** A piece of text: either plain text or a formula. */
    public record Piece(String text, Formula formula) {
        public boolean isFormula() {
            return formula != null;
        }
    }

    private MathExtractor() {
    }

    public static Extracted extract(String source) {
        String s = source == null ? "" : source;
        StringBuilder out = new StringBuilder(s.length());
        List<Formula> formulas = new ArrayList<>();
        int n = s.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            if (lineStart) {
                int fenceEnd = fencedBlockEnd(s, i);
                if (fenceEnd > i) {
                    out.append(s, i, fenceEnd);
                    i = fenceEnd;
                    lineStart = true;
                    continue;
                }
            }
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < n) {
                out.append(ch).append(s.charAt(i + 1));
                lineStart = s.charAt(i + 1) == '\n';
                i += 2;
                continue;
            }
            if (ch == '`') {
                int run = run(s, i, '`');
                int close = closingBackticks(s, i + run, run);
                int end = close < 0 ? i + run : close + run;
                out.append(s, i, end);
                lineStart = false;
                i = end;
                continue;
            }
            if (ch == '$') {
                if (i + 1 < n && s.charAt(i + 1) == '$') {
                    int close = findClosing(s, i + 2, "$$", false);
                    if (close >= 0) {
                        String latex = s.substring(i + 2, close).strip();
                        placeholder(out, formulas, new Formula(latex, true));
                        i = close + 2;
                        lineStart = false;
                        continue;
                    }
                    out.append("$$");
                    i += 2;
                    lineStart = false;
                    continue;
                }
                if (i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                    int close = findClosing(s, i + 1, "$", true);
                    if (close > i + 1 && !Character.isWhitespace(s.charAt(close - 1))
                            && !(close + 1 < n && Character.isDigit(s.charAt(close + 1)))) {
                        placeholder(out, formulas, new Formula(s.substring(i + 1, close), false));
                        i = close + 1;
                        lineStart = false;
                        continue;
                    }
                }
            }
            out.append(ch);
            lineStart = ch == '\n';
            i++;
        }
        return new Extracted(out.toString(), formulas);
    }

    /** Splits text produced from placeholder Markdown back into plain text and formulas. */
    public static List<Piece> split(String text, List<Formula> formulas) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            int idx = Integer.parseInt(m.group(1));
            if (idx >= formulas.size()) {
                continue;
            }
            if (m.start() > last) {
                pieces.add(new Piece(text.substring(last, m.start()), null));
            }
            pieces.add(new Piece(null, formulas.get(idx)));
            last = m.end();
        }
        if (last < text.length()) {
            pieces.add(new Piece(text.substring(last), null));
        }
        return pieces;
    }

    /** Puts the LaTeX back into text that kept placeholders verbatim (e.g. code spans never get any). */
    public static String restore(String text, List<Formula> formulas) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : split(text, formulas)) {
            if (p.isFormula()) {
                String d = p.formula().display() ? "$$" : "$";
                sb.append(d).append(p.formula().latex()).append(d);
            } else {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }

    private static void placeholder(StringBuilder out, List<Formula> formulas, Formula f) {
        out.append(OPEN).append(formulas.size()).append(CLOSE);
        formulas.add(f);
    }

    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    /** Start of the next run of exactly {@code len} backticks at or after {@code from}, or -1. */
    private static int closingBackticks(String s, int from, int len) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '`') {
                int r = run(s, i, '`');
                if (r == len) {
                    return i;
                }
                i += r;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Index of the closing delimiter, skipping backslash escapes; inline maths stops at a blank line. */
    private static int findClosing(String s, int from, String delim, boolean stopAtBlankLine) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (stopAtBlankLine && c == '\n' && blankLineFollows(s, i + 1)) {
                return -1;
            }
            if (s.startsWith(delim, i)) {
                if (delim.equals("$") && i + 1 < s.length() && s.charAt(i + 1) == '$') {
                    return -1; // "$a$$b$" style ambiguity: leave it as text
                }
                return i;
            }
            i++;
        }
        return -1;
    }

    /** Whether the line starting at {@code from} is blank and ends with a newline (looks only at that line). */
    private static boolean blankLineFollows(String s, int from) {
        int k = from;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k < s.length() && s.charAt(k) == '\n';
    }

    /** If a fenced code block (``` or ~~~) starts at this line start, the index just after it; else {@code i}. */
    private static int fencedBlockEnd(String s, int i) {
        int j = i;
        int spaces = 0;
        while (j < s.length() && s.charAt(j) == ' ' && spaces < 3) {
            j++;
            spaces++;
        }
        if (j >= s.length() || (s.charAt(j) != '`' && s.charAt(j) != '~')) {
            return i;
        }
        char fc = s.charAt(j);
        int len = run(s, j, fc);
        if (len < 3) {
            return i;
        }
        int lineEnd = s.indexOf('\n', j);
        if (lineEnd < 0) {
            return s.length();
        }
        int pos = lineEnd + 1;
        while (pos < s.length()) {
            int next = s.indexOf('\n', pos);
            int end = next < 0 ? s.length() : next;
            String line = s.substring(pos, end).stripLeading();
            if (run(line, 0, fc) >= len && line.substring(run(line, 0, fc)).isBlank()) {
                return next < 0 ? s.length() : next + 1;
            }
            pos = end + 1;
        }
        return s.length();
    }
}
