package org.ganclassroom.sim.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Experiment text read within fixed bounds and parsed strictly: at most {@link #MAX_BYTES} of UTF-8,
 * {@link #MAX_TOKENS} JSON tokens and {@link #MAX_DEPTH} levels of nesting, one JSON object, no duplicate
 * keys, no NaN or Infinity. Every problem becomes a {@link ConfigException} of the form
 * {@code source:line:column: field: what is wrong; what is allowed}, in words that do not assume Jackson.
 *
 * @param source where the text came from, as the messages name it
 * @param text   the text
 * @param tree   its JSON object
 */
public record JsonText(String source, String text, JsonNode tree) {
    /** Largest experiment file read: twice the largest valid one (see docs/EXPERIMENT_FORMAT.md). */
    public static final long MAX_BYTES = 16L << 20;
    /** Most JSON tokens in one document: a valid experiment needs fewer than 700 000. */
    public static final int MAX_TOKENS = 1_000_000;
    /** Deepest nesting: a valid experiment has four levels ({ data: { points: [ [x] ] } }). */
    public static final int MAX_DEPTH = 16;
    static final int MAX_NUMBER_CHARS = 100;
    static final int MAX_STRING_CHARS = 10_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(MAX_STRING_CHARS)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads a file: refuses what is not a regular file, larger than {@link #MAX_BYTES}, or not UTF-8. */
    public static JsonText readFile(Path file) throws ConfigException {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new ConfigException(source + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(source + ": not a regular file (a folder, device or pipe); give an experiment"
                    + " .json file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // bounded even when the size on disk changes under us
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException ex) {
            throw new ConfigException(source + ": no such file");
        } catch (AccessDeniedException ex) {
            throw new ConfigException(source + ": cannot read: permission denied");
        } catch (IOException ex) {
            throw new ConfigException(source + ": cannot read: " + IoReason.of(ex));
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        return parse(decode(bytes, source), source);
    }

    private static ConfigException tooLarge(String source, long size) {
        return new ConfigException(source + ": " + size + " bytes is larger than an experiment file can be; allowed up to "
                + MAX_BYTES + " bytes (16 MiB)");
    }

    private static String decode(byte[] bytes, String source) throws ConfigException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException ex) {
            int bad = firstBadByte(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ConfigException(source + ":" + line + ": not UTF-8 text (byte " + (bad + 1)
                    + " cannot start or continue a UTF-8 character); save the file as UTF-8");
        }
    }

    private static int firstBadByte(byte[] b) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        var out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            var r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return b.length;
            }
            out.clear();
        }
    }

    /** Parses text that must hold exactly one JSON object. */
    public static JsonText parse(String text, String source) throws ConfigException {
        checkTokens(text, source);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonNode n;
            try {
                n = MAPPER.readTree(p);
            } catch (IOException ex) {
                throw explain(ex, p, source);
            }
            if (n == null || !n.isObject()) {
                throw new ConfigException(source + ": expected a JSON object {…} at the top level, found "
                        + (n == null ? "nothing" : JsonFields.describe(n)));
            }
            return new JsonText(source, text, n);
        } catch (IOException ex) {
            throw new ConfigException(source + ": cannot read: " + ex.getMessage());
        }
    }

    /** Any one JSON value (strict and bounded as a file), or null when the text is not exactly one. */
    static JsonNode scalar(String text) {
        if (text.isEmpty() || text.length() > MAX_STRING_CHARS * 10) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            return MAPPER.readTree(p);
        } catch (IOException ex) {
            return null;
        }
    }

    /** A streaming pass first, so a huge flat list is refused before a tree of it is built. */
    private static void checkTokens(String text, String source) throws ConfigException {
        try (JsonParser p = FACTORY.createParser(text)) {
            int tokens = 0;
            try {
                while (p.nextToken() != null) {
                    if (++tokens > MAX_TOKENS) {
                        throw new ConfigException(where(source, p.currentTokenLocation()) + ": " + field(p, true)
                                + "more than " + MAX_TOKENS + " values; an experiment file holds fewer");
                    }
                    if (p.getParsingContext().inRoot() && tokens > 1 && p.currentToken().isStructStart()) {
                        break; // a second document: the tree read below reports it
                    }
                }
            } catch (IOException ex) {
                throw explain(ex, p, source);
            }
        } catch (IOException ex) {
            throw new ConfigException(source + ": cannot read: " + ex.getMessage());
        }
    }

    /**
     * Adds {@code line:column} of a field to a message that starts with the field's dotted path (as every
     * message of {@link JsonFields} does), and the source in front.
     */
    public ConfigException locate(ConfigException e) {
        String msg = e.getMessage();
        if (msg.startsWith(source + ":")) {
            return e;
        }
        String path = leadingPath(msg);
        String at = path == null ? null : position(path);
        return new ConfigException(source + (at == null ? "" : ":" + at) + ": " + msg, e);
    }

    /** {@code line:column} where the dotted path's key (or list element) starts, or null if it is not in the text. */
    String position(String dotted) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                // a value is located where it starts: the value, not its key, is what is wrong
                JsonStreamContext c = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || t == JsonToken.FIELD_NAME || c == null) {
                    continue;
                }
                if (dotted.equals(dotted(c))) {
                    JsonLocation l = p.currentTokenLocation();
                    return l.getLineNr() + ":" + l.getColumnNr();
                }
            }
        } catch (IOException ex) {
            return null;
        }
        return null;
    }

    /** The dotted path a message starts with ({@code training.lrD}, {@code data.points[3]}), or null. */
    static String leadingPath(String msg) {
        int colon = msg.indexOf(": ");
        if (colon <= 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char ch = msg.charAt(i);
            if (!(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '.' || ch == '[' || ch == ']' || ch == '_'
                    || ch == '-'))) {
                return null;
            }
        }
        return msg.substring(0, colon);
    }

    static String dotted(JsonStreamContext c) {
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext x = c; x != null && !x.inRoot(); x = x.getParent()) {
            String part = x.inArray() ? "[" + Math.max(0, x.getCurrentIndex()) + "]"
                    : x.getCurrentName() == null ? "" : "." + escaped(x.getCurrentName());
            sb.insert(0, part);
        }
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }

    /** A key as a one-line message shows it: control characters escaped as in Java source. */
    private static String escaped(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (char ch : key.toCharArray()) {
            switch (ch) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String field(JsonParser p, boolean forStructStart) {
        JsonStreamContext c = p.getParsingContext();
        if (forStructStart && p.currentToken() != null && p.currentToken().isStructStart() && c.getParent() != null) {
            c = c.getParent();
        }
        String d = dotted(c);
        return d.isEmpty() ? "" : d + ": ";
    }

    private static String where(String source, JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? source : source + ":" + l.getLineNr() + ":" + l.getColumnNr();
    }

    private static ConfigException explain(IOException ex, JsonParser p, String source) {
        JsonLocation loc = ex instanceof JacksonException je && je.getLocation() != null
                ? je.getLocation() : p.currentLocation();
        String where = where(source, loc);
        String token = ex instanceof JacksonException je ? JacksonMessages.nonNumericToken(je) : null;
        if (token != null && loc != null && loc.getColumnNr() > token.length()) {
            // the parser stops after the token; the student looks for where it starts
            where = source + ":" + loc.getLineNr() + ":" + (loc.getColumnNr() - token.length());
        }
        return new ConfigException(where + ": " + JacksonMessages.plain(ex, p), ex);
    }
}
