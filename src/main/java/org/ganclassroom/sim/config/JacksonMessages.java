package org.ganclassroom.sim.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;

/**
 * Turns a Jackson parse error into words for a student: the field it happened in, what is wrong and what
 * is allowed, without naming Jackson's features, constraints or character codes.
 */
final class JacksonMessages {
    private JacksonMessages() {
    }

    /** {@code field: what is wrong; what to do}, for an error the parser {@code p} stopped at. */
    static String plain(IOException ex, JsonParser p) {
        String raw = ex instanceof JacksonException je && je.getOriginalMessage() != null
                ? je.getOriginalMessage() : String.valueOf(ex.getMessage());
        String field = field(p, raw);
        String prefix = field.isEmpty() ? "" : field + ": ";
        if (ex instanceof StreamConstraintsException) {
            return prefix + constraint(raw);
        }
        String nonNumeric = quoted(raw, "Non-standard token '");
        if (nonNumeric != null) {
            String allowed = ExperimentJson.allowedAt(field);
            return prefix + nonNumeric + " is not a number (JSON has no NaN or Infinity); use "
                    + (allowed == null ? "a plain number such as 0.5" : allowed);
        }
        if (p.getParsingContext() != null && p.getParsingContext().inRoot()
                && p.currentToken() == JsonToken.END_OBJECT) {
            return "more text after the experiment's closing }; a file holds exactly one JSON object";
        }
        String dup = quoted(raw, "Duplicate field '");
        if (dup != null) {
            return prefix + "appears twice; each key may appear only once";
        }
        if (raw.startsWith("Trailing token")) {
            return "more text after the experiment's closing }; a file holds exactly one JSON object";
        }
        return "malformed JSON: " + syntax(raw);
    }

    /** The NaN / Infinity token an error is about, or null. */
    static String nonNumericToken(JacksonException ex) {
        return ex.getOriginalMessage() == null ? null : quoted(ex.getOriginalMessage(), "Non-standard token '");
    }

    /** The dotted path of the value the parser was in (for a duplicate key, that key). */
    private static String field(JsonParser p, String raw) {
        JsonStreamContext c = p.getParsingContext();
        JsonToken t = p.currentToken();
        if (c != null && t != null && t.isStructStart() && c.getParent() != null && !raw.startsWith("Duplicate")) {
            c = c.getParent();
        }
        return c == null ? "" : JsonText.dotted(c);
    }

    private static String constraint(String raw) {
        if (raw.contains("nesting depth")) {
            return "nested more than " + JsonText.MAX_DEPTH + " levels deep; an experiment file needs at most 4";
        }
        if (raw.contains("Number value length") || raw.contains("Number length")) {
            return "a number longer than " + JsonText.MAX_NUMBER_CHARS + " characters; write it with fewer digits";
        }
        if (raw.contains("String value length") || raw.contains("Name length")) {
            return "a text longer than " + JsonText.MAX_STRING_CHARS + " characters; no experiment field is that long";
        }
        if (raw.contains("Document length")) {
            return "the text is longer than " + JsonText.MAX_BYTES + " characters; an experiment file is smaller";
        }
        return "the file is larger or deeper than an experiment file can be";
    }

    private static String syntax(String raw) {
        if (raw.startsWith("Unexpected end-of-input")) {
            return "the text ends before the JSON is complete (a closing } or ] or \" is missing)";
        }
        if (raw.contains("comment")) {
            return "comments are not allowed in JSON; remove the // or /* */ text";
        }
        if (raw.startsWith("Unexpected close marker")) {
            return "a } or ] that closes nothing, or the wrong one of the two";
        }
        if (raw.startsWith("Illegal unquoted character")) {
            return "a control character (such as a line break or tab) inside a quoted text; write it as \\n or \\t";
        }
        if (raw.startsWith("Unrecognized character escape")) {
            return "an unknown escape inside a quoted text; use \\\\, \\\", \\n, \\t or \\uXXXX";
        }
        if (raw.contains("Leading zeroes")) {
            return "a number may not start with 0 (write 7 or 0.7)";
        }
        if (raw.startsWith("Invalid numeric value") || raw.startsWith("Invalid number")
                || raw.contains("Decimal point") || raw.contains("Exponent indicator")) {
            return "not a valid number; write numbers like 7, -0.5 or 1e-3";
        }
        String token = quoted(raw, "Unrecognized token '");
        if (token != null) {
            return "'" + shorten(token) + "' is not a JSON value; use a number, \"text\" in double quotes, true, false,"
                    + " null, a [list] or an {object}";
        }
        if (raw.startsWith("Unexpected character")) {
            return "unexpected " + character(raw) + expected(raw);
        }
        if (raw.contains("Invalid UTF") || raw.contains("Invalid surrogate") || raw.contains("Unmatched")) {
            return "not valid text (a broken character)";
        }
        return "the text is not valid JSON here";
    }

    /** The character Jackson quotes as {@code ('x' (code 120))}, shown as {@code 'x'} or as a code point. */
    private static String character(String raw) {
        int open = raw.indexOf("('");
        int code = raw.indexOf("(code ");
        if (code > 0) {
            int end = raw.indexOf(')', code);
            String num = end > code ? raw.substring(code + 6, end).trim() : "";
            try {
                int cp = Integer.parseInt(num.split(" ")[0]);
                if (cp >= 33 && cp < 127) {
                    return "'" + (char) cp + "'";
                }
                return "character U+" + String.format("%04X", cp);
            } catch (NumberFormatException ignored) {
                // fall through
            }
        }
        return open >= 0 ? "character" : "text";
    }

    private static String expected(String raw) {
        if (raw.contains("double-quote to start field name")) {
            return "; expected a key in double quotes, like \"seed\"";
        }
        if (raw.contains("comma to separate Object entries")) {
            return "; expected a comma between two entries, or }";
        }
        if (raw.contains("comma to separate Array entries")) {
            return "; expected a comma between two list items, or ]";
        }
        if (raw.contains("colon to separate field name and value")) {
            return "; expected a colon after the key";
        }
        if (raw.contains("expected a value") || raw.contains("expecting a value")
                || raw.contains("was expecting (JSON String")) {
            return "; expected a value: a number, \"text\", true, false, null, [list] or {object}";
        }
        return "";
    }

    private static String quoted(String raw, String lead) {
        if (!raw.startsWith(lead)) {
            return null;
        }
        int end = raw.indexOf('\'', lead.length());
        return end < 0 ? raw.substring(lead.length()) : raw.substring(lead.length(), end);
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "…" : s;
    }
}
