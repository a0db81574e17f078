package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A public entity whose procedures the counter serves, e.g. RENIEC. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, String acronym, Texts name, String web) {

    public String name(String language) {
        return name == null ? acronym : name.in(language);
    }
}
