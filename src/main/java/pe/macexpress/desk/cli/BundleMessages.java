package pe.macexpress.desk.cli;

import java.nio.file.Path;
import pe.macexpress.desk.bundle.BundleException;

/** Why a bundle or answer file was refused or not written, in Spanish, for support staff. */
final class BundleMessages {
    private BundleMessages() {
    }

    static String of(BundleException e, Path file) {
        String what = switch (e.problem()) {
            case NOT_A_BUNDLE -> file + " no es un archivo de envío ni de respuesta de MAC Express Desk.";
            case TRUNCATED -> file + " está incompleto (cortado; ¿se retiró la memoria antes de terminar la copia?)."
                    + " No se aplicó nada. Pida o copie el archivo de nuevo.";
            case DAMAGED -> file + " fue alterado o está dañado. No se aplicó nada. Pida o copie el archivo de nuevo.";
            case NOT_FOR_US -> file + " no se puede abrir con la clave de esta estación (es de otra estación o"
                    + " está dañado). No se aplicó nada.";
            case UNKNOWN_BUNDLE -> file + " responde a un envío que no se guardó en esta estación. No se aplicó nada.";
            case TOO_LARGE -> file + " es demasiado grande para ser una respuesta de la sede. No se aplicó nada.";
            case NOT_ENROLLED -> "La estación no está inscrita en la central (o se inscribió antes de los envíos"
                    + " por USB). Inscríbala con: macexpress-desk enroll --server URL --code CÓDIGO";
            case IO -> "No se pudo leer o escribir " + file + ". Revise la memoria USB y el espacio libre.";
        };
        return what + System.lineSeparator() + "Detalle técnico: " + e.getMessage();
    }
}
