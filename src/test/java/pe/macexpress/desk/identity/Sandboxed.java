package pe.macexpress.desk.identity;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentParse;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.sandbox.TrainingData;

/** Helpers shared by the identity tests: real HTTP on loopback against our own sandbox. */
final class Sandboxed {
    static final OkHttpClient HTTP = new OkHttpClient();
    static final Duration CONNECT = Duration.ofMillis(500);
    static final Duration READ = Duration.ofMillis(1500);

    private Sandboxed() {
    }

    static PideConfig config(SandboxServer sandbox) {
        return new PideConfig(sandbox.baseUrl(), PideConfig.RequestForm.POST, TrainingData.CREDENTIALS, CONNECT, READ);
    }

    static PideConfig config(String url, PideCredentials credentials) {
        return new PideConfig(url, PideConfig.RequestForm.POST, credentials, CONNECT, READ);
    }

    static Document dni(String number) {
        DocumentParse p = Document.parse(DocumentType.DNI, number, String.valueOf(DniCheck.digit(number)));
        return p.value().orElseThrow();
    }

    static Document ce(String number) {
        return Document.parse(DocumentType.CE, number, "").value().orElseThrow();
    }

    /** A loopback port with nothing listening: connection refused. */
    static String closedUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return "http://127.0.0.1:" + port;
    }

    /** Uses the sandbox's admin endpoint, as a trainer's script would. */
    static void postFault(SandboxServer sandbox, String json) throws IOException {
        Request r = new Request.Builder().url(sandbox.baseUrl() + "/sandbox/faults")
                .header("Authorization", "Bearer " + sandbox.adminToken())
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        try (Response resp = HTTP.newCall(r).execute()) {
            if (resp.code() != 200) {
                throw new IOException("fault not accepted: " + resp.code());
            }
        }
    }

    static void clearFaults(SandboxServer sandbox) throws IOException {
        Request r = new Request.Builder().url(sandbox.baseUrl() + "/sandbox/faults")
                .header("Authorization", "Bearer " + sandbox.adminToken()).delete().build();
        try (Response resp = HTTP.newCall(r).execute()) {
            if (resp.code() != 200) {
                throw new IOException("faults not cleared: " + resp.code());
            }
        }
    }
}
