package org.ganclassroom.ui.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganclassroom.ui.settings.JsonFieldReader;
import org.ganclassroom.ui.settings.Salvaged;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Builds {@link Progress} from the object in {@code progress.json}, field by field (and lesson id by lesson id):
 * whatever is not valid is dropped and named, everything else is kept. Unknown fields are ignored, so a file
 * from a newer version still loads.
 */
final class ProgressJson {
    private ProgressJson() {
    }

    static Salvaged<Progress> decode(ObjectNode object) {
        JsonFieldReader f = new JsonFieldReader(object);
        Set<String> visited = lessonIds(f, "visitedLessons");
        Set<String> completed = lessonIds(f, "completedLessons");
        QuizScore best = score(f, "quizBest");
        QuizScore last = score(f, "quizLast");
        int speedRoundBest = f.count("speedRoundBest").orElse(0);
        String lastLesson = f.text("lastLesson").filter(id -> {
            if (id.isBlank()) {
                f.drop("lastLesson", "a blank lesson id");
                return false;
            }
            return true;
        }).orElse(null);
        return new Salvaged<>(new Progress(visited, completed, best, last, speedRoundBest, lastLesson), f.dropped());
    }

    private static Set<String> lessonIds(JsonFieldReader f, String name) {
        Set<String> ids = new LinkedHashSet<>();
        Optional<JsonNode> node = f.node(name);
        if (node.isEmpty()) {
            return ids;
        }
        JsonNode list = node.get();
        if (!list.isArray()) {
            f.drop(name, JsonFieldReader.show(list) + " is not a list of lesson ids");
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            if (id.isTextual() && !id.textValue().isBlank()) {
                ids.add(id.textValue());
            } else {
                f.drop(name + "[" + i + "]", JsonFieldReader.show(id) + " is not a lesson id");
            }
        }
        return ids;
    }

    private static QuizScore score(JsonFieldReader f, String name) {
        Optional<JsonNode> node = f.node(name);
        if (node.isEmpty()) {
            return null;
        }
        JsonNode n = node.get();
        if (!n.isObject()) {
            f.drop(name, JsonFieldReader.show(n) + " is not a quiz score {correct, total}");
            return null;
        }
        Optional<Integer> correct = JsonFieldReader.countValue(n.get("correct"));
        Optional<Integer> total = JsonFieldReader.countValue(n.get("total"));
        if (correct.isEmpty() || total.isEmpty()) {
            f.drop(name, JsonFieldReader.show(n) + ": correct and total must be whole numbers of at least 0");
            return null;
        }
        if (correct.get() > total.get()) {
            f.drop(name, correct.get() + " right of " + total.get() + " is more than the questions");
            return null;
        }
        return new QuizScore(correct.get(), total.get());
    }
}
