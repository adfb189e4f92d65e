package org.ganclassroom.lesson;

import java.util.List;

/**
 * A part of a lesson that starts at a level-2 heading ({@code ## …}); text before the first such heading
 * forms a section with an empty heading.
 *
 * @param heading the heading text (may contain inline maths)
 * @param line    1-based line of the heading in the file
 * @param blocks  Markdown text and interactive blocks, in file order
 */
public record LessonSection(String heading, int line, List<LessonBlock> blocks) {
    public LessonSection {
        blocks = List.copyOf(blocks);
    }
}
