package pe.macexpress.desk.config;

import java.util.List;

/**
 * What a key accepts, said two ways: a message of the UI bundles ({@code config.hint.*}, with its
 * arguments) for the user, and plain English for the technical message in logs.
 */
public record ConfigHint(String messageKey, List<String> args, String english) {
    public ConfigHint {
        args = List.copyOf(args);
    }
}
