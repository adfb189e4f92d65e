package org.ganclassroom.sim.cli;

import java.nio.file.Path;

/**
 * The values of command-line flags, shared by the commands ({@code sim}, {@code clip}): each bad value is an
 * {@link IllegalArgumentException} whose message names the flag and what it takes.
 */
public final class FlagValues {
    private FlagValues() {
    }

    /** A non-empty path: an empty one would silently mean the working folder. */
    public static Path path(String s, String flag) {
        if (s.isBlank()) {
            throw new IllegalArgumentException(flag + ": empty; give a " + (flag.equals("--out") ? "folder" : "file") + " name");
        }
        try {
            return Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(flag + ": \"" + shorten(s) + "\" is not a valid path (" + e.getReason() + ")");
        }
    }

    /** ASCII digits only (Long.parseLong also takes other scripts' digits, e.g. Arabic-Indic ٣ as 3). */
    public static long number(String s, String flag, long min, long max) {
        String t = s.trim();
        boolean digits = !t.isEmpty() && t.length() <= 20;
        for (int k = 0; k < t.length() && digits; k++) {
            char c = t.charAt(k);
            digits = (c >= '0' && c <= '9') || (k == 0 && (c == '-' || c == '+') && t.length() > 1);
        }
        if (!digits) {
            throw new IllegalArgumentException(flag + ": \"" + shorten(s) + "\" is not a whole number; use the digits 0-9");
        }
        try {
            long v = Long.parseLong(t);
            if (v < min || v > max) {
                throw new IllegalArgumentException(flag + ": " + v + " is out of range; allowed " + min + ".." + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + ": " + t + " is out of range; allowed " + min + ".." + max);
        }
    }

    /** A user's text, shortened and with control characters shown, for a message. */
    public static String shorten(String s) {
        return org.ganclassroom.sim.config.ExperimentJson.shown(s);
    }
}
