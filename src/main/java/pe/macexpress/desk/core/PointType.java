package pe.macexpress.desk.core;

import java.util.Locale;

/** Where a MAC Express point is installed. */
public enum PointType {
    MUNICIPALIDAD, TAMBO, PIAS, CENTRO_MAC;

    public String messageKey() {
        return "point.type." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
