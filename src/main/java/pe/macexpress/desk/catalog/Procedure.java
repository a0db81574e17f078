package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.PointType;

/**
 * A digitized procedure as the catalogue describes it (see {@code catalog/catalog-v2.schema.json}).
 * Texts are per language tag; a language the catalogue lacks falls back to Spanish.
 *
 * @param entity the entity's id; {@link Catalog#entityOf} gives the entity
 * @param fee in soles, as the catalogue wrote it; zero means free
 * @param plazoDays business days until the entity's final answer; 0 = answered at the counter (required)
 * @param bringBack what the citizen must bring back or come to collect (may be null)
 * @param requiresFirst procedures to do before this one (a chain), by id
 * @param pointTypes the kinds of point that offer it; null = every kind
 * @param portal the entity's online service (https), for the portal channel
 * @param referralTo where the citizen is sent, for the referral channel
 * @param form the capture form, for the capture channel (or the portal's offline fallback)
 * @param popularity the catalogue's ordering hint, used until this point has its own history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Procedure(String id, String entity, ProcedureKind kind, Channel channel, Texts name,
                        TextLists requirements, TextLists synonyms, String fee, boolean feeReferential,
                        Integer plazoDays, boolean plazoReferential, Texts bringBack, List<Eligibility> eligibility,
                        List<String> lifeEvents, List<String> requiresFirst, String tupa, String validFrom,
                        String validTo, List<PointType> pointTypes, String portal, Texts referralTo,
                        CaptureForm form, int popularity) {

    public Procedure {
        requirements = requirements == null ? TextLists.empty() : requirements;
        synonyms = synonyms == null ? TextLists.empty() : synonyms;
        eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
        lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
        requiresFirst = requiresFirst == null ? List.of() : List.copyOf(requiresFirst);
        pointTypes = pointTypes == null ? null : List.copyOf(pointTypes);
    }

    public String name(String language) {
        return name == null ? id : name.in(language);
    }

    public List<String> requirements(String language) {
        return requirements.in(language);
    }

    public String bringBack(String language) {
        return bringBack == null ? "" : bringBack.in(language);
    }

    public String referralTo(String language) {
        return referralTo == null ? "" : referralTo.in(language);
    }

    public BigDecimal feeAmount() {
        return fee == null || fee.isBlank() ? BigDecimal.ZERO : new BigDecimal(fee);
    }

    public boolean isFree() {
        return feeAmount().signum() == 0;
    }

    /** The answer comes later: the attention stays open until the entity answers (a case). */
    public boolean followUp() {
        return plazoDays != null && plazoDays > 0;
    }

    public boolean hasPortal() {
        return portal != null && !portal.isBlank();
    }

    public boolean hasForm() {
        return form != null && !form.fields().isEmpty();
    }

    /** Offered at a point of this type on this day (validity dates included). */
    public boolean offeredAt(PointType type, LocalDate day) {
        if (pointTypes != null && type != null && !pointTypes.contains(type)) {
            return false;
        }
        if (validFrom != null && day.isBefore(LocalDate.parse(validFrom))) {
            return false;
        }
        return validTo == null || !day.isAfter(LocalDate.parse(validTo));
    }

    /** Eligibilities among {@code who} this procedure accepts; empty = it accepts none of them. */
    public boolean accepts(Set<Eligibility> who) {
        return eligibility.isEmpty() || eligibility.stream().anyMatch(who::contains);
    }
}
