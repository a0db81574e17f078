package pe.macexpress.desk.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import pe.macexpress.desk.sandbox.SandboxServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sandbox --port N}: the training sandbox alone, for classrooms and tests. */
@Command(name = "sandbox", mixinStandardHelpOptions = true)
public final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8089")
    int port;

    @Option(names = "--enrollment-code", paramLabel = "CODE")
    java.util.List<String> enrollmentCodes = new java.util.ArrayList<>();

    @Option(names = "--central-db", paramLabel = "FILE")
    java.nio.file.Path centralDb;

    @Option(names = "--catalog", paramLabel = "FILE")
    java.nio.file.Path catalog;

    @Option(names = "--admin-token", paramLabel = "TOKEN")
    String adminToken;

    /** Issue 15: fault injection over HTTP exists only when asked for (tests), behind the admin token. */
    @Option(names = "--fault-injection")
    boolean faultInjection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (adminToken != null && adminToken.strip().length() < 16) {
            throw new LocalizedParseErrors.Refused(spec.commandLine(), DeskCommand.say(spec, "cli.sandbox.admin.token"));
        }
        byte[] catalogJson = null;
        if (catalog != null) {
            try {
                catalogJson = java.nio.file.Files.readAllBytes(catalog);
                pe.macexpress.desk.catalog.Catalog.parse(catalogJson);
            } catch (java.io.IOException e) {
                System.err.println(DeskCommand.say(spec, "cli.sandbox.catalog.unreadable", catalog.toString()));
                return 1;
            } catch (pe.macexpress.desk.catalog.CatalogException e) {
                System.err.println(DeskCommand.say(spec, "cli.sandbox.catalog.refused",
                        DeskCommand.say(spec, e.problem().messageKey(), e.entry())));
                return 1;
            }
        }
        for (String c : enrollmentCodes) {
            if (!pe.macexpress.desk.security.EnrollmentCode.isWellFormed(c)) {
                throw new LocalizedParseErrors.Refused(spec.commandLine(), DeskCommand.say(spec, "cli.central.code.malformed"));
            }
        }
        SandboxServer.Options options = SandboxServer.Options.loopback(port).withCentralDb(centralDb)
                .withAdminToken(adminToken);
        SandboxServer server = SandboxServer.start(faultInjection ? options.withFaultInjection() : options);
        // Preset codes (training, tests): single-use, bound to the first workstation that uses them.
        enrollmentCodes.forEach(server.central()::addCode);
        if (catalogJson != null) {
            var c = server.centralApi().publishCatalog(catalogJson);
            System.out.println("catalog " + c.version() + " published (" + c.all().size() + " procedures)");
        }
        System.out.println("sandbox listening on " + server.baseUrl() + " (fictitious data)");
        System.out.println("sync central: " + server.baseUrl() + "/api/v1 (enrollment codes: "
                + (enrollmentCodes.isEmpty() ? "POST /api/v1/admin/enrollment-codes" : enrollmentCodes.size() + " preset")
                + ")");
        // A token the operator chose is not echoed (it may sit in a shared terminal); a drawn one must be, once.
        System.out.println(DeskCommand.say(spec, "cli.central.admin.token", server.baseUrl() + "/api/v1/admin/",
                adminToken == null ? server.centralApi().adminToken() : DeskCommand.say(spec, "cli.central.admin.token.given")));
        if (faultInjection) {
            System.out.println(DeskCommand.say(spec, "cli.central.faults", server.baseUrl() + "/sandbox/faults",
                    java.util.Arrays.toString(pe.macexpress.desk.sandbox.Fault.Kind.values())));
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }, "sandbox-shutdown"));
        stop.await();
        return 0;
    }
}
