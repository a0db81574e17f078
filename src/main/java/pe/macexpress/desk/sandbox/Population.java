package pe.macexpress.desk.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import pe.macexpress.desk.core.DniCheck;

/**
 * The sandbox's fictitious citizens: generated from a fixed seed, so every training room and
 * every test sees the same people. Every DNI has a valid check character; some are minors
 * (RENIEC answers 0001) and some carry a restriction.
 */
public final class Population {
    public static final int SIZE = 60;

    private static final String[] GIVEN_F = {"MARIA ELENA", "ROSA", "JUANA", "LUZMILA", "NELLY", "YESENIA",
        "FLOR DE MARIA", "SONIA", "CARMEN ROSA", "ELVA", "KATTY", "MILAGROS", "TEODORA", "ANA LUCIA", "NORMA"};
    private static final String[] GIVEN_M = {"JUAN CARLOS", "PERCY", "WILBER", "EDWIN", "ROLANDO", "ALEJANDRO",
        "TEOFILO", "JOSE LUIS", "HUGO", "RONALD", "FREDY", "SAMUEL", "ELIAS", "VICTOR RAUL", "MARCOS"};
    private static final String[] SURNAMES = {"QUISPE", "MAMANI", "HUAMAN", "CONDORI", "CCORI", "YUPANQUI",
        "TAPULLIMA", "PIZANGO", "SANGAMA", "AHUANARI", "SHUÑA", "CAHUAZA", "CHOQUEHUANCA", "APAZA", "TICONA",
        "RAMIREZ", "FLORES", "VASQUEZ", "GARCIA", "TORRES", "PANDURO", "MACEDO", "HUANCA", "LLANOS"};
    private static final String[] PLACES = {"LORETO/MAYNAS/IQUITOS", "LORETO/MAYNAS/PUTUMAYO",
        "LORETO/LORETO/NAUTA", "LORETO/REQUENA/REQUENA", "PUNO/PUNO/CAPACHICA", "PUNO/PUNO/AMANTANI",
        "PUNO/EL COLLAO/ILAVE", "CUSCO/CANCHIS/SICUANI", "APURIMAC/ANDAHUAYLAS/PACUCHA",
        "AYACUCHO/HUAMANGA/QUINUA", "UCAYALI/CORONEL PORTILLO/YARINACOCHA", "AMAZONAS/CONDORCANQUI/NIEVA"};
    private static final String[] STREETS = {"JR. PUTUMAYO", "AV. LA MARINA", "CALLE LIMA", "COMUNIDAD NATIVA",
        "CENTRO POBLADO", "JR. AMAZONAS", "PSJE. LOS ROSALES", "AV. EL SOL"};
    private static final String[] CIVIL = {"SOLTERO ", "CASADO ", "CONVIVIENTE ", "VIUDO ", "DIVORCIADO "};
    private static final String[] RESTRICTIONS = {"MULTA ELECTORAL PENDIENTE", "DNI CADUCADO"};

    private static final String[] FOREIGN_GIVEN = {"JOSE GREGORIO", "YOSELIN", "CARLOS EDUARDO", "MARIANGEL",
        "LUIS ALBERTO", "DANIELA", "WILMER", "GENESIS", "FRANCISCO", "ANA KARINA"};
    private static final String[] FOREIGN_SURNAMES = {"RODRIGUEZ", "GONZALEZ", "PEREZ", "HERNANDEZ", "MORALES",
        "SILVA", "DA COSTA", "CASTILLO", "MENDOZA", "ROJAS"};
    private static final String[] CALIDAD = {"RESIDENTE", "TRABAJADOR", "FAMILIAR RESIDENTE", "HUMANITARIA"};

    private final Map<String, FictitiousCitizen> byDni;
    private final Map<String, FictitiousForeigner> byCe;

    private Population(Map<String, FictitiousCitizen> byDni, Map<String, FictitiousForeigner> byCe) {
        this.byDni = byDni;
        this.byCe = byCe;
    }

    public static Population standard() {
        Random random = new Random(20181104L);
        Map<String, FictitiousCitizen> map = new LinkedHashMap<>();
        while (map.size() < SIZE) {
            int i = map.size();
            String dni = String.format("%08d", 40_000_000 + random.nextInt(39_999_999));
            if (i % 10 == 3) {
                // Minors got their DNI recently: the 7xxxxxxx range.
                dni = String.format("%08d", 78_000_000 + random.nextInt(1_999_999));
            }
            if (map.containsKey(dni)) {
                continue;
            }
            boolean female = i % 2 == 0;
            String given = female ? GIVEN_F[random.nextInt(GIVEN_F.length)] : GIVEN_M[random.nextInt(GIVEN_M.length)];
            boolean minor = i % 10 == 3;
            String restriction = i % 15 == 7 ? RESTRICTIONS[(i / 15) % RESTRICTIONS.length] : "NINGUNA";
            map.put(dni, new FictitiousCitizen(dni, DniCheck.digit(dni), given,
                    SURNAMES[random.nextInt(SURNAMES.length)], SURNAMES[random.nextInt(SURNAMES.length)],
                    STREETS[random.nextInt(STREETS.length)] + " " + (100 + random.nextInt(900)),
                    minor ? "SOLTERO " : CIVIL[random.nextInt(CIVIL.length)],
                    PLACES[random.nextInt(PLACES.length)], restriction, minor));
        }
        Map<String, FictitiousForeigner> ce = new LinkedHashMap<>();
        Random r2 = new Random(20200316L);
        for (int i = 0; i < 12; i++) {
            String number = String.format("%09d", 1_000_000 + i * 7919 + r2.nextInt(5000));
            boolean minor = i % 6 == 5;
            ce.put(number, new FictitiousForeigner(number, FOREIGN_GIVEN[i % FOREIGN_GIVEN.length],
                    FOREIGN_SURNAMES[r2.nextInt(FOREIGN_SURNAMES.length)], FOREIGN_SURNAMES[r2.nextInt(FOREIGN_SURNAMES.length)],
                    CALIDAD[r2.nextInt(CALIDAD.length)], minor));
        }
        return new Population(Collections.unmodifiableMap(map), Collections.unmodifiableMap(ce));
    }

    public Optional<FictitiousForeigner> findCe(String number) {
        return Optional.ofNullable(byCe.get(number));
    }

    public FictitiousForeigner firstForeigner() {
        return byCe.values().stream().filter(f -> !f.minor()).findFirst().orElseThrow();
    }

    public FictitiousForeigner firstForeignMinor() {
        return byCe.values().stream().filter(FictitiousForeigner::minor).findFirst().orElseThrow();
    }

    /** A well-formed CE number the sandbox does not know (MIGRACIONES answers 0001). */
    public static String unknownCe() {
        return "000999999";
    }

    public Optional<FictitiousCitizen> find(String dni) {
        return Optional.ofNullable(byDni.get(dni));
    }

    public List<FictitiousCitizen> all() {
        return new ArrayList<>(byDni.values());
    }

    /** The first adult without restriction: the citizen training exercises start with. */
    public FictitiousCitizen firstAdult() {
        return byDni.values().stream().filter(c -> !c.minor() && "NINGUNA".equals(c.restriction()))
                .findFirst().orElseThrow();
    }

    public FictitiousCitizen firstMinor() {
        return byDni.values().stream().filter(FictitiousCitizen::minor).findFirst().orElseThrow();
    }

    /** A DNI with a valid check character that the sandbox does not know (RENIEC answers 0999). */
    public static String unknownDni() {
        return "10117410";
    }
}
