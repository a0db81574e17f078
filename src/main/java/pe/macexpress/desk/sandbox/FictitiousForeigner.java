package pe.macexpress.desk.sandbox;

/** A carné de extranjería holder of the sandbox's invented population. None of these people exist. */
public record FictitiousForeigner(String ce, String givenNames, String firstSurname, String secondSurname,
                                  String calidadMigratoria, boolean minor) {
    @Override
    public String toString() {
        return "FictitiousForeigner[" + ce + "]";
    }
}
