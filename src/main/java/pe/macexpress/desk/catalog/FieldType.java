package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of field a capture form may hold. Photo and signature are attachments. */
public enum FieldType {
    @JsonProperty("text") TEXT,
    @JsonProperty("number") NUMBER,
    @JsonProperty("date") DATE,
    @JsonProperty("choice") CHOICE,
    @JsonProperty("phone") PHONE,
    @JsonProperty("email") EMAIL,
    @JsonProperty("docnumber") DOCNUMBER,
    @JsonProperty("ubigeo") UBIGEO,
    @JsonProperty("yesno") YESNO,
    @JsonProperty("photo") PHOTO,
    @JsonProperty("signature") SIGNATURE;

    /** Filled with a file (a photo, a scan, a drawn signature) rather than typed. */
    public boolean isAttachment() {
        return this == PHOTO || this == SIGNATURE;
    }
}
