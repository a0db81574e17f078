package pe.macexpress.desk.core;

/** The MAC Express point this workstation serves; ubigeo is INEI's 6-digit code. */
public record ServicePoint(String id, String name, PointType type, String ubigeo, String place) {
}
