package org.ganclassroom.lesson;

import org.scilab.forge.jlatexmath.MacroInfo;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.scilab.forge.jlatexmath.TeXParser;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one door through which lesson maths reaches JLaTeXMath, for the checker and the renderer alike.
 * <ul>
 *   <li>Commands that load a file or URL ({@code \includegraphics}), call out ({@code \jlmDynamic}), or change
 *       state shared by every later formula ({@code \newcommand}, {@code \renewcommand}, environments, fonts,
 *       sizes, colours, {@code \jlmXML}) are refused by name, and replaced inside JLaTeXMath by inert macros that
 *       fail, so they stay harmless even if a formula reaches the library some other way (for example through a
 *       macro that glues a command name together).</li>
 *   <li>A formula longer than {@link #MAX_LENGTH} or nested deeper than {@link #MAX_DEPTH} is refused before
 *       parsing: JLaTeXMath parses groups recursively and would overflow the stack.</li>
 * </ul>
 */
public final class LatexGuard {
    /** Longest formula, in characters; the longest shipped display formula is far below it. */
    public static final int MAX_LENGTH = 4000;
    /** Deepest nesting of {@code {…}}, {@code \left…\right} and {@code \begin…\end} together. */
    public static final int MAX_DEPTH = 40;
    /** Largest drawing of a formula at {@link #CHECK_SIZE}, in pixels per side ({@code \rule{9999cm}{1cm}} …). */
    public static final int MAX_PIXELS = 4000;
    /** The text size at which the checker measures a formula; the app draws at about this size. */
    static final float CHECK_SIZE = 20f;

    /** Commands a lesson may not use, each with why (shown to the author). */
    static final List<String> REFUSED = List.of("includegraphics", "jlmDynamic", "jlmExternalFont", "jlmXML",
            "newcommand", "renewcommand", "newenvironment", "renewenvironment", "DeclareMathSizes", "magnification",
            "definecolor");
    private static final Pattern REFUSED_COMMAND = Pattern.compile("\\\\(" + String.join("|", REFUSED)
            + ")(?![A-Za-z])");

    static {
        // creating a formula makes JLaTeXMath fill its command table; only then can entries be replaced
        try {
            new TeXFormula("x");
        } catch (RuntimeException e) {
            // the table is filled by class initialisation even if this formula failed
        }
        synchronized (MacroInfo.Commands) {
            for (String name : REFUSED) {
                MacroInfo original = MacroInfo.Commands.get(name);
                if (original != null) {
                    MacroInfo.Commands.put(name, new Inert(name, original));
                }
            }
        }
    }

    private LatexGuard() {
    }

    /** Makes sure the inert macros are in place (class initialisation does the work once per JVM). */
    public static void install() {
        // nothing: calling this runs the static initialiser
    }

    /** Why a formula must not be given to JLaTeXMath, or empty when it may be parsed. */
    public static Optional<String> refusal(String latex) {
        if (latex.length() > MAX_LENGTH) {
            return Optional.of("formula is " + latex.length() + " characters long; the limit is " + MAX_LENGTH);
        }
        Matcher m = REFUSED_COMMAND.matcher(latex);
        if (m.find()) {
            return Optional.of(refusedMessage(m.group(1)));
        }
        int depth = depth(latex);
        if (depth > MAX_DEPTH) {
            return Optional.of("formula is nested " + depth + " levels deep ({…}, \\left…\\right, \\begin…\\end);"
                    + " the limit is " + MAX_DEPTH);
        }
        return Optional.empty();
    }

    /**
     * JLaTeXMath's complaint about a formula (or the guard's refusal), or empty when it parses.
     * Never throws, whatever the input.
     */
    public static Optional<String> parseError(String latex) {
        Optional<String> refused = refusal(latex);
        if (refused.isPresent()) {
            return refused;
        }
        try {
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, CHECK_SIZE);
            return tooLarge(icon.getIconWidth(), icon.getIconHeight());
        } catch (RuntimeException | StackOverflowError e) {
            String msg = YamlFields.oneLine(e.getMessage());
            return Optional.of(msg.isEmpty() ? e.getClass().getSimpleName() : msg);
        }
    }

    /** Refuses a drawing so large that making its image would exhaust memory. */
    public static Optional<String> tooLarge(int width, int height) {
        if (width > MAX_PIXELS || height > MAX_PIXELS || width < 0 || height < 0) {
            return Optional.of("formula would be drawn " + width + " × " + height + " pixels; the limit is "
                    + MAX_PIXELS + " per side");
        }
        return Optional.empty();
    }

    static String refusedMessage(String command) {
        return "\\" + command + " is not allowed in lessons (lesson maths may not load files or URLs, or define"
                + " commands, colours or fonts for other formulas)";
    }

    /** Maximum nesting depth; a backslash escapes the next character, so {@code \{} does not count. */
    static int depth(String latex) {
        int depth = 0;
        int max = 0;
        int i = 0;
        while (i < latex.length()) {
            char c = latex.charAt(i);
            if (c == '\\') {
                int end = i + 1;
                while (end < latex.length() && Character.isLetter(latex.charAt(end))) {
                    end++;
                }
                String command = latex.substring(i + 1, end);
                if (command.equals("left") || command.equals("begin")) {
                    max = Math.max(max, ++depth);
                } else if (command.equals("right") || command.equals("end")) {
                    depth--;
                }
                i = Math.max(end, i + 2);
                continue;
            } else if (c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == '}') {
                depth--;
            }
            i++;
        }
        return max;
    }

    /** Keeps the original's argument shape (so parsing around it is unchanged) but only ever fails. */
    private static final class Inert extends MacroInfo {
        private final String name;

        Inert(String name, MacroInfo original) {
            super(original.nbArgs, original.posOpts);
            this.hasOptions = original.hasOptions;
            this.name = name;
        }

        @Override
        public Object invoke(TeXParser tp, String[] args) throws ParseException {
            throw new ParseException(refusedMessage(name));
        }
    }
}
