package pe.macexpress.desk.sandbox;

/** One member of the sandbox's invented population. None of these people exist. */
public record FictitiousCitizen(String dni, char checkDigit, String givenNames, String firstSurname,
                                String secondSurname, String address, String civilStatus, String place,
                                String restriction, boolean minor) {
}
