package pe.macexpress.desk.catalog;

import static pe.macexpress.desk.catalog.CatalogException.Problem.DUPLICATE;
import static pe.macexpress.desk.catalog.CatalogException.Problem.EMPTY;
import static pe.macexpress.desk.catalog.CatalogException.Problem.FORMAT;
import static pe.macexpress.desk.catalog.CatalogException.Problem.INVALID;
import static pe.macexpress.desk.catalog.CatalogException.Problem.MISSING;
import static pe.macexpress.desk.catalog.CatalogException.Problem.UNKNOWN_REFERENCE;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import pe.macexpress.desk.core.Channel;

/**
 * The rules of catalogue format 2 that a JSON binding cannot check: ids, cross-references, chains
 * without cycles, per-channel requirements. The first broken rule refuses the whole file, naming the
 * entry, so the catalogue in use is never half-replaced.
 */
final class CatalogRules {
    static final int FORMAT_VERSION = 2;
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Z0-9_]+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FIELD_ID = Pattern.compile("[a-z0-9_]+");

    private CatalogRules() {
    }

    static void check(CatalogFile f) throws CatalogException {
        if (f.format() == null || f.format() != FORMAT_VERSION) {
            throw new CatalogException(FORMAT, "file", "format " + f.format() + ", this desk reads " + FORMAT_VERSION);
        }
        require(f.version(), "file", "version");
        date(f.published(), "file", "published", true);
        if (f.entities() == null || f.entities().isEmpty()) {
            throw new CatalogException(MISSING, "file", "entities");
        }
        if (f.procedures() == null || f.procedures().isEmpty()) {
            throw new CatalogException(EMPTY, "file", "no procedures");
        }
        Set<String> entities = new HashSet<>();
        for (Entity e : f.entities()) {
            String at = "entity " + e.id();
            id(e.id(), ENTITY_ID, at);
            if (!entities.add(e.id())) {
                throw new CatalogException(DUPLICATE, at, "entity id used twice");
            }
            require(e.acronym(), at, "acronym");
            texts(e.name(), at, "name");
        }
        Set<String> events = new HashSet<>();
        for (LifeEvent le : f.lifeEvents() == null ? List.<LifeEvent>of() : f.lifeEvents()) {
            String at = "life event " + le.id();
            id(le.id(), SLUG, at);
            if (!events.add(le.id())) {
                throw new CatalogException(DUPLICATE, at, "life event id used twice");
            }
            texts(le.name(), at, "name");
        }
        Map<String, Procedure> byId = new HashMap<>();
        for (Procedure p : f.procedures()) {
            String at = "procedure " + p.id();
            id(p.id(), SLUG, at);
            if (byId.put(p.id(), p) != null) {
                throw new CatalogException(DUPLICATE, at, "procedure id used twice");
            }
            procedure(p, at, entities, events);
        }
        for (Procedure p : f.procedures()) {
            for (String before : p.requiresFirst()) {
                if (!byId.containsKey(before)) {
                    throw new CatalogException(UNKNOWN_REFERENCE, "procedure " + p.id(), "requiresFirst " + before);
                }
            }
            noCycle(p, byId, new HashSet<>());
        }
    }

    private static void procedure(Procedure p, String at, Set<String> entities, Set<String> events)
            throws CatalogException {
        require(p.entity(), at, "entity");
        if (!entities.contains(p.entity())) {
            throw new CatalogException(UNKNOWN_REFERENCE, at, "entity " + p.entity());
        }
        if (p.kind() == null) {
            throw new CatalogException(MISSING, at, "kind");
        }
        if (p.channel() == null) {
            throw new CatalogException(MISSING, at, "channel");
        }
        texts(p.name(), at, "name");
        Integer count = null;
        for (Map.Entry<String, List<String>> r : p.requirements().byLanguage().entrySet()) {
            if (count != null && count != r.getValue().size()) {
                throw new CatalogException(INVALID, at, "requirements differ in number between languages");
            }
            count = r.getValue().size();
        }
        if (!p.requirements().byLanguage().isEmpty() && !p.requirements().byLanguage().containsKey(Texts.FALLBACK)) {
            throw new CatalogException(MISSING, at, "requirements.es");
        }
        require(p.fee(), at, "fee");
        try {
            if (new BigDecimal(p.fee()).signum() < 0) {
                throw new CatalogException(INVALID, at, "negative fee");
            }
        } catch (NumberFormatException e) {
            throw new CatalogException(INVALID, at, "fee is not a decimal amount");
        }
        if (p.plazoDays() == null) {
            throw new CatalogException(MISSING, at, "plazoDays");
        }
        if (p.plazoDays() < 0) {
            throw new CatalogException(INVALID, at, "plazoDays below 0");
        }
        if (p.popularity() < 0 || p.popularity() > 100) {
            throw new CatalogException(INVALID, at, "popularity outside 0..100");
        }
        if (p.eligibility().isEmpty()) {
            throw new CatalogException(MISSING, at, "eligibility");
        }
        if (p.lifeEvents().isEmpty()) {
            throw new CatalogException(MISSING, at, "lifeEvents");
        }
        for (String le : p.lifeEvents()) {
            if (!events.contains(le)) {
                throw new CatalogException(UNKNOWN_REFERENCE, at, "life event " + le);
            }
        }
        LocalDate from = date(p.validFrom(), at, "validFrom", false);
        LocalDate to = date(p.validTo(), at, "validTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            throw new CatalogException(INVALID, at, "validTo before validFrom");
        }
        if (p.pointTypes() != null && p.pointTypes().isEmpty()) {
            throw new CatalogException(INVALID, at, "pointTypes empty");
        }
        if (p.portal() != null) {
            https(p.portal(), at);
        } else if (p.channel() == Channel.PORTAL) {
            throw new CatalogException(MISSING, at, "portal");
        }
        if (p.channel() == Channel.REFERRAL) {
            texts(p.referralTo(), at, "referralTo");
        }
        if (p.form() != null) {
            form(p.form(), at + ", form");
        } else if (p.channel() == Channel.CAPTURE) {
            throw new CatalogException(MISSING, at, "form");
        }
    }

    private static void form(CaptureForm form, String at) throws CatalogException {
        require(form.id(), at, "id");
        if (form.fields().isEmpty()) {
            throw new CatalogException(MISSING, at, "fields");
        }
        Set<String> ids = new HashSet<>();
        for (FormField field : form.fields()) {
            String fat = at + " " + form.id() + ", field " + field.id();
            id(field.id(), FIELD_ID, fat);
            if (!ids.add(field.id())) {
                throw new CatalogException(DUPLICATE, fat, "field id used twice");
            }
            if (field.type() == null) {
                throw new CatalogException(MISSING, fat, "type");
            }
            texts(field.label(), fat, "label");
            switch (field.type()) {
                case CHOICE -> {
                    if (field.choices().isEmpty()) {
                        throw new CatalogException(MISSING, fat, "options");
                    }
                    Set<String> values = new HashSet<>();
                    for (FormField.Option o : field.choices()) {
                        require(o.value(), fat, "option value");
                        texts(o.label(), fat, "option label");
                        if (!values.add(o.value())) {
                            throw new CatalogException(DUPLICATE, fat, "option " + o.value() + " twice");
                        }
                    }
                }
                default -> {
                    if (field.options() != null) {
                        throw new CatalogException(INVALID, fat, "options only for choice");
                    }
                }
            }
            if ((field.min() != null || field.max() != null) && field.type() != FieldType.NUMBER) {
                throw new CatalogException(INVALID, fat, "min/max only for number");
            }
            if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
                throw new CatalogException(INVALID, fat, "min above max");
            }
            if (field.maxLength() != null && (field.type() != FieldType.TEXT || field.maxLength() < 1)) {
                throw new CatalogException(INVALID, fat, "maxLength only for text, at least 1");
            }
        }
    }

    private static void noCycle(Procedure p, Map<String, Procedure> byId, Set<String> path) throws CatalogException {
        if (!path.add(p.id())) {
            throw new CatalogException(INVALID, "procedure " + p.id(), "requiresFirst makes a cycle");
        }
        for (String before : p.requiresFirst()) {
            noCycle(byId.get(before), byId, path);
        }
        path.remove(p.id());
    }

    private static void https(String url, String at) throws CatalogException {
        try {
            URI u = new URI(url);
            if (!"https".equals(u.getScheme()) || u.getHost() == null) {
                throw new CatalogException(INVALID, at, "portal must be an https address");
            }
        } catch (java.net.URISyntaxException e) {
            throw new CatalogException(INVALID, at, "portal is not an address");
        }
    }

    private static void id(String id, Pattern pattern, String at) throws CatalogException {
        if (id == null || !pattern.matcher(id).matches()) {
            throw new CatalogException(INVALID, at, "id does not follow " + pattern.pattern());
        }
    }

    private static void require(String value, String at, String what) throws CatalogException {
        if (value == null || value.isBlank()) {
            throw new CatalogException(MISSING, at, what);
        }
    }

    private static void texts(Texts t, String at, String what) throws CatalogException {
        if (t == null || t.byLanguage().getOrDefault(Texts.FALLBACK, "").isBlank()) {
            throw new CatalogException(MISSING, at, what + ".es");
        }
    }

    private static LocalDate date(String value, String at, String what, boolean required) throws CatalogException {
        if (value == null) {
            if (required) {
                throw new CatalogException(MISSING, at, what);
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CatalogException(INVALID, at, what + " is not an ISO date");
        }
    }
}
