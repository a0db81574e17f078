package pe.macexpress.desk.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A form filled at the counter and forwarded by the central to the entity.
 *
 * @param id the form's id and version ("sis-afiliacion/1"): a capture records which form it filled
 */
public record CaptureForm(String id, List<FormField> fields) {

    public CaptureForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<FormField> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }
}
