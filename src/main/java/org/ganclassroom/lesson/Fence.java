package org.ganclassroom.lesson;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CommonMark code fence line: up to three spaces, then three or more backticks or tildes, then an info string. */
record Fence(int indent, char marker, int length, String language) {
    private static final Pattern OPEN = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");

    /** The fence a line opens, or null. */
    static Fence opening(String line) {
        Matcher m = OPEN.matcher(stripCr(line));
        if (!m.matches()) {
            return null;
        }
        String info = m.group(3).strip();
        char marker = m.group(2).charAt(0);
        if (marker == '`' && info.indexOf('`') >= 0) {
            return null;
        }
        String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
        return new Fence(m.group(1).length(), marker, m.group(2).length(), language);
    }

    /** Whether a line closes this fence. */
    boolean closedBy(String line) {
        String s = stripCr(line);
        int k = 0;
        while (k < s.length() && k < 3 && s.charAt(k) == ' ') {
            k++;
        }
        int run = 0;
        while (k + run < s.length() && s.charAt(k + run) == marker) {
            run++;
        }
        return run >= length && s.substring(k + run).isBlank();
    }

    /** A body line with up to {@code indent} leading spaces removed, as CommonMark does. */
    String unindent(String line) {
        int k = 0;
        while (k < indent && k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return line.substring(k);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
