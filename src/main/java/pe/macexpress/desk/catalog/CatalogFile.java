package pe.macexpress.desk.catalog;

import java.util.List;

/** The catalogue file as written (format 2), bound property by property; {@link CatalogRules} checks it. */
record CatalogFile(Integer format, String version, String published, String source, List<Entity> entities,
                   List<LifeEvent> lifeEvents, List<Procedure> procedures) {
}
