package org.ganclassroom.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.ganclassroom.fuzz.JsonCases.Field;
import org.ganclassroom.ui.progress.Progress;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.progress.QuizScore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.ganclassroom.fuzz.JsonCases.F;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property-based fuzzing of the progress reader: generated progress files with a random mix of valid, missing,
 * null and wrong fields keep exactly the valid ones and name exactly the dropped ones; mutated and random files
 * never make an exception escape, never hang, and never lose the bytes the user had.
 */
class ProgressFileFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FuzzFolder folder;

    private static synchronized FuzzFolder folder() throws IOException {
        if (folder == null) {
            folder = new FuzzFolder();
        }
        return folder;
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        if (folder != null) {
            folder.close();
            folder = null;
        }
    }

    /** A whole generated file: its fields and the progress it must load as. */
    record Case(List<Field> fields, List<String> extra) {
        @SuppressWarnings("unchecked")
        Progress expected() {
            return new Progress((Set<String>) kept(0, Set.of()), (Set<String>) kept(1, Set.of()), (QuizScore) kept(2, null),
                    (QuizScore) kept(3, null), (Integer) kept(4, 0), (String) kept(5, null));
        }

        private Object kept(int i, Object absent) {
            Object k = fields.get(i).kept();
            return k == null ? absent : k;
        }

        byte[] bytes() throws IOException {
            return JSON.writeValueAsBytes(JsonCases.object(fields, extra));
        }
    }

    @Provide
    Arbitrary<Case> progressFiles() {
        Arbitrary<JsonNode> notAList = JsonCases.anyValue().filter(n -> !n.isArray());
        Arbitrary<JsonNode> notAnId = Arbitraries.oneOf(JsonCases.anyValue().filter(n -> !n.isTextual()),
                Arbitraries.of(F.textNode(""), F.textNode("  "), F.nullNode()));
        Arbitrary<String> id = Arbitraries.strings().ofMinLength(1).ofMaxLength(10).filter(s -> !s.isBlank());
        return Combinators.combine(
                lessonIds("visitedLessons", id, notAnId, notAList),
                lessonIds("completedLessons", id, notAnId, notAList),
                score("quizBest"), score("quizLast"),
                JsonCases.field("speedRoundBest", Arbitraries.integers().between(0, Integer.MAX_VALUE)
                                .map(n -> Field.valid("speedRoundBest", F.numberNode(n), n)),
                        JsonCases.anyValue().filter(n -> !(n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0))),
                JsonCases.field("lastLesson", id.map(s -> Field.valid("lastLesson", F.textNode(s), s)),
                        Arbitraries.oneOf(JsonCases.anyValue().filter(n -> !n.isTextual() || n.textValue().isBlank()),
                                Arbitraries.just(F.textNode(" ")))),
                Arbitraries.strings().alpha().ofMaxLength(5).list().ofMaxSize(3))
                .as((v, c, b, l, s, last, extra) -> new Case(List.of(v, c, b, l, s, last), extra));
    }

    private static Arbitrary<Field> lessonIds(String name, Arbitrary<String> id, Arbitrary<JsonNode> notAnId,
                                              Arbitrary<JsonNode> notAList) {
        Arbitrary<Field> list = Arbitraries.oneOf(id.map(F::textNode), notAnId).list().ofMaxSize(8).map(elements -> {
            ArrayNode array = F.arrayNode();
            Set<String> kept = new LinkedHashSet<>();
            List<String> dropped = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                JsonNode e = elements.get(i);
                array.add(e);
                if (e.isTextual() && !e.textValue().isBlank()) {
                    kept.add(e.textValue());
                } else {
                    dropped.add(name + "[" + i + "]");
                }
            }
            return new Field(name, array, kept, dropped);
        });
        return JsonCases.field(name, list, notAList);
    }

    private static Arbitrary<Field> score(String name) {
        Arbitrary<Field> valid = Arbitraries.integers().between(0, 1000).flatMap(total ->
                Arbitraries.integers().between(0, total).map(correct -> Field.valid(name,
                        F.objectNode().put("correct", correct).put("total", total), new QuizScore(correct, total))));
        Arbitrary<JsonNode> invalid = Arbitraries.oneOf(
                JsonCases.anyValue().filter(n -> !n.isObject()),
                Arbitraries.integers().between(1, 1000).flatMap(total -> Arbitraries.integers().between(total + 1, 5000)
                        .map(correct -> (JsonNode) F.objectNode().put("correct", correct).put("total", total))),
                JsonCases.anyValue().filter(n -> !(n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0))
                        .map(bad -> (JsonNode) F.objectNode().put("total", 5).set("correct", bad)));
        return JsonCases.field(name, valid, invalid);
    }

    @Property(tries = 1000, seed = "1901", edgeCases = EdgeCasesMode.NONE)
    void everyValidFieldIsKeptAndEveryDroppedOneNamed(@ForAll("progressFiles") Case c) throws Exception {
        FuzzFolder f = folder();
        byte[] bytes = c.bytes();
        f.fresh(ProgressStore.FILE_NAME, bytes);
        ProgressStore store = f.bounded(() -> new ProgressStore(f.dir(), new PrintStream(new ByteArrayOutputStream())));
        assertEquals(c.expected(), store.get(), () -> new String(bytes));

        List<String> dropped = JsonCases.dropped(c.fields());
        String notice = String.join("\n", store.notices());
        for (String name : List.of("visitedLessons", "completedLessons", "quizBest", "quizLast", "speedRoundBest", "lastLesson")) {
            for (String variant : new String[]{name + " (", name + "["}) {
                boolean expected = dropped.stream().anyMatch(d -> (d + (d.endsWith("]") ? "" : " (")).startsWith(variant));
                assertEquals(expected, notice.contains(variant), () -> variant + " in the notice: " + notice + "\nfile " + new String(bytes));
            }
        }
        for (String d : dropped) {
            assertTrue(notice.contains(d + " ("), () -> d + " named in: " + notice);
        }
        if (dropped.isEmpty()) {
            assertEquals(List.of(), store.notices());
            assertEquals(List.of(f.dir().resolve(ProgressStore.FILE_NAME)), f.files(), "a valid file is left alone");
        } else {
            assertKeptAside(f, bytes, "corrupt");
            assertEquals(c.expected(), new ProgressStore(f.dir(), new PrintStream(new ByteArrayOutputStream())).get(),
                    "what was kept is what the next start reads");
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedFiles() {
        return progressFiles().flatMap(c -> {
            byte[] valid;
            try {
                valid = c.bytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Mutations.of(valid);
        });
    }

    @Property(tries = 1000, seed = "1902", edgeCases = EdgeCasesMode.NONE)
    void mutatedFilesNeverEscapeHangOrLoseTheUsersBytes(@ForAll("mutatedFiles") byte[] bytes) throws Exception {
        checkAnyBytes(bytes);
    }

    @Property(tries = 500, seed = "1903", edgeCases = EdgeCasesMode.NONE)
    void randomBytesNeverEscapeHangOrLoseTheUsersBytes(@ForAll("randomBytes") byte[] bytes) throws Exception {
        checkAnyBytes(bytes);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.strings().ofMaxLength(300).map(String::getBytes));
    }

    private void checkAnyBytes(byte[] bytes) throws Exception {
        FuzzFolder f = folder();
        f.fresh(ProgressStore.FILE_NAME, bytes);
        ProgressStore store = f.bounded(() -> new ProgressStore(f.dir(), new PrintStream(new ByteArrayOutputStream())));
        Progress loaded = store.get();
        if (store.notices().isEmpty()) {
            assertEquals(List.of(f.dir().resolve(ProgressStore.FILE_NAME)), f.files());
            assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(f.dir().resolve(ProgressStore.FILE_NAME))), "left alone");
        } else {
            assertTrue(store.notices().stream().allMatch(n -> n.startsWith(ProgressStore.FILE_NAME)), store.notices().toString());
            Path aside = f.files().stream().filter(p -> !p.getFileName().toString().equals(ProgressStore.FILE_NAME))
                    .findFirst().orElseThrow(() -> new AssertionError("nothing kept aside: " + store.notices()));
            assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(aside)), "the user's bytes are kept aside");
        }
        ProgressStore again = new ProgressStore(f.dir(), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(loaded, again.get(), "the next start reads what this one kept");
        assertEquals(List.of(), again.notices(), "and has nothing more to say");
    }

    private static void assertKeptAside(FuzzFolder f, byte[] bytes, String tag) throws IOException {
        List<Path> aside = f.files().stream()
                .filter(p -> p.getFileName().toString().startsWith(ProgressStore.FILE_NAME + "." + tag + "-")).toList();
        assertEquals(1, aside.size(), f.files().toString());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(aside.get(0))), "kept byte for byte");
    }
}
