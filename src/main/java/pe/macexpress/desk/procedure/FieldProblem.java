package pe.macexpress.desk.procedure;

import java.util.List;

/**
 * Why a form field's value is refused: a message key the screen renders in the advisor's language,
 * with its arguments (limits, never the value typed: it may be personal data).
 */
public record FieldProblem(String key, List<String> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String key, Object... args) {
        return new FieldProblem(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
