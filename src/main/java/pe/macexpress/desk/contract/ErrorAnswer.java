package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of every 4xx/5xx answer of the central: a short machine word, never personal data. */
public record ErrorAnswer(@JsonProperty("error") String error) {
}
