package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code POST /records}: at most {@link #MAX_RECORDS} records, at most 256 KB gzip. */
public record UploadBatch(@JsonProperty("r") List<UploadRecord> records) {
    public static final int MAX_RECORDS = 200;
    public static final int MAX_GZIP_BYTES = 256 * 1024;

    public UploadBatch {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
