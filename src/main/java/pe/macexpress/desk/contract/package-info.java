/**
 * The sync API's wire contract, shared by the workstation ({@code sync}) and the reference central
 * ({@code central}) so neither can drift: every request and answer is a record here, bound by
 * Jackson, and {@code src/main/resources/api/sync-v1.yaml} describes the same shapes (contract
 * tests hold both sides to it).
 *
 * <p><b>Why the JSON names are one or two letters.</b> The link may be a shared satellite at
 * 256 kbit/s paid by the megabyte. Batches are gzip, which removes most of the repetition of long
 * names but not all: a batch of 200 attentions with the long Java names is about 6% larger after
 * gzip (15.5 KB against 16.4 KB, measured by {@code WireNamesTest}, which prints it). The Java
 * names are long; the mapping lives in the {@code @JsonProperty} annotations of these records, and
 * the OpenAPI file describes each short name.
 *
 * <p><b>Record kinds.</b> One upload carries records of several kinds (attention today; capture,
 * survey, complaint, … next). Each kind's content has a {@link pe.macexpress.desk.contract.ContentSchema}:
 * field lists per schema version, so the content hash of a record already sent never changes when a
 * later version adds a field.
 */
package pe.macexpress.desk.contract;
