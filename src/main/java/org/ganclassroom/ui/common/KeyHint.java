package org.ganclassroom.ui.common;

/**
 * One line of the keys overlay ({@code ?}): the keys as a user types them, and what they do.
 *
 * @param keys   e.g. "Space" or "T or ←"
 * @param action e.g. "play or pause"
 */
public record KeyHint(String keys, String action) {
}
