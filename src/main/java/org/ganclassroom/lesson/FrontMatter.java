package org.ganclassroom.lesson;

import org.yaml.snakeyaml.nodes.Node;

import java.util.List;
import java.util.regex.Pattern;

/** The YAML between the opening and closing {@code ---} lines: id, title, order and objectives. */
record FrontMatter(String id, String title, Integer order, List<String> objectives) {
    static final List<String> KEYS = List.of("id", "title", "order", "objectives");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    /**
     * @param yaml      the front matter text (without the {@code ---} lines)
     * @param firstLine 1-based file line of its first line
     */
    static FrontMatter read(String yaml, int firstLine, Problems problems, TextChecks checks) {
        YamlFields fields = new YamlFields(yaml, firstLine, problems, checks);
        Node root = yaml.isBlank() ? null : fields.compose("front matter", yaml);
        if (root == null) {
            if (yaml.isBlank()) {
                problems.add(firstLine - 1, "front matter is empty: it needs 'id', 'title' and 'order'");
            }
            return new FrontMatter(null, null, null, List.of());
        }
        YamlFields.Fields f = fields.map(root, "front matter", KEYS, firstLine);
        if (f == null) {
            return new FrontMatter(null, null, null, List.of());
        }
        int before = problems.size();
        String id = f.text("id", false);
        if (id == null && before == problems.size()) {
            problems.add(firstLine - 1, "front matter needs 'id' (lower-case letters, digits and '-')");
        } else if (id != null && !ID.matcher(id).matches()) {
            problems.add(f.lineOf("id"), "id '" + id + "' must use only lower-case letters a-z, digits and '-'");
            id = null;
        }
        before = problems.size();
        String title = f.prose("title", false);
        if (title == null && before == problems.size()) {
            problems.add(firstLine - 1, "front matter needs 'title'");
        } else if (title != null && title.isBlank()) {
            problems.add(f.lineOf("title"), "'title' must not be empty");
            title = null;
        }
        before = problems.size();
        Integer order = f.integer("order", false);
        if (order == null && before == problems.size()) {
            problems.add(firstLine - 1, "front matter needs 'order' (a whole number: the lesson's place in the course)");
        }
        List<String> objectives = f.texts("objectives");
        return new FrontMatter(id, title, order, objectives == null ? List.of() : objectives);
    }
}
