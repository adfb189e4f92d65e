package org.ganclassroom.sim.config;

/**
 * A bad experiment file, preset name or override. The message is one line for a person: it names the
 * field (as a dotted path such as {@code generator.hidden[1]}), what was found and what is allowed.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
