package pe.macexpress.desk.catalog;

/** A "evento de vida" (identity, work, health, …): how citizens think of what they need. */
public record LifeEvent(String id, Texts name) {

    public String name(String language) {
        return name == null ? id : name.in(language);
    }
}
