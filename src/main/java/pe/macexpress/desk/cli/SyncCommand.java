package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.bundle.BundleException;
import pe.macexpress.desk.bundle.BundleFiles;
import pe.macexpress.desk.bundle.Bundles;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.SyncHold;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.CentralClient;
import pe.macexpress.desk.sync.SyncConfig;
import pe.macexpress.desk.sync.SyncEngine;
import pe.macexpress.desk.sync.SyncOutcome;
import pe.macexpress.desk.sync.SyncProgress;
import pe.macexpress.desk.sync.SyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync}: one full batch sync of the data folder, for support staff and scheduled tasks; with
 * {@code --to-file} / {@code --from-file}, the USB loop of a desk with no link (see {@link BundleFiles}).
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand extends DataFolderCommand {
    static final int FILE_REFUSED = 1;
    static final int NOT_ENROLLED = 4;

    @Option(names = "--to-file", paramLabel = "ARCHIVO")
    Path toFile;

    @Option(names = "--from-file", paramLabel = "ARCHIVO")
    Path fromFile;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        if (toFile != null || fromFile != null) {
            return files(settings, clock, out);
        }
        OkHttpClient http = new OkHttpClient();
        SyncConfig config = SyncConfig.from(settings);
        // Announced before the database is opened: the application can ask from the first moment.
        try (SyncHold hold = SyncHold.announce(settings.dataFolder());
             Store db = openChecked(settings, clock)) {
            db.outbox().resetInFlight(); // we hold the folder's lock: nothing is really in flight
            Central central = Central.configured(settings);
            CentralClient client = new CentralClient(http, central, config);
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db), client, config, clock);
            engine.catalogTo(new CatalogService(db, central::catalogKey, clock).sink());
            engine.changesTo(new pe.macexpress.desk.cases.ChangeProcessor(db, clock));
            Watch watch = new Watch(engine, client, hold, config.runDeadline());
            SyncResult r;
            try {
                r = engine.run(p -> progress(out, p));
            } finally {
                watch.close();
            }
            if (watch.ended() == Watch.Ended.TAKEN_OVER) {
                out.println(DeskCommand.say(spec, "limits.cli.sync.taken.over"));
                out.println(r.summaryLine());
                return IN_USE;
            }
            if (watch.ended() == Watch.Ended.DEADLINE) {
                out.println(DeskCommand.say(spec, "limits.cli.sync.deadline",
                        String.valueOf(config.runDeadline().toSeconds())));
                out.println(r.summaryLine());
                return UNREACHABLE;
            }
            if (r.outcome() == SyncOutcome.UNAUTHORIZED) {
                out.println(DeskCommand.say(spec, "cli.sync.not.enrolled"));
            } else if (r.outcome() == SyncOutcome.UNREACHABLE) {
                out.println(DeskCommand.say(spec, "cli.sync.unreachable", central.baseUrl()));
            }
            out.println(r.summaryLine());
            // Issue 15 (purge): the scheduled sync also runs the day's purge when the app did not. Its
            // failure does not change the sync's exit code: the next run (or the app) tries again.
            try {
                new pe.macexpress.desk.store.Retention(db, pe.macexpress.desk.store.BackupService.of(settings, clock),
                        clock, settings.get(pe.macexpress.desk.config.ConfigKeys.RETENTION_DAYS))
                        .runIfDue(pe.macexpress.desk.store.Retention.SYSTEM_ACTOR);
            } catch (pe.macexpress.desk.store.StoreException e) {
                java.util.logging.Logger.getLogger(SyncCommand.class.getName())
                        .warning("daily purge after sync failed (" + e.kind() + ")");
            }
            return r.outcome().exitCode();
        } finally {
            http.dispatcher().cancelAll();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * Issue 15: ends the run when the counter application asks for the data folder ({@link SyncHold})
     * or when the run passes its deadline: the engine stops and the call in flight is cancelled, so
     * the folder's lock is released within a second or so, however slowly the central answers.
     */
    static final class Watch implements AutoCloseable {
        enum Ended { NO, TAKEN_OVER, DEADLINE }

        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "sync-watch");
                    t.setDaemon(true);
                    return t;
                });
        private final java.util.concurrent.atomic.AtomicReference<Ended> ended =
                new java.util.concurrent.atomic.AtomicReference<>(Ended.NO);

        Watch(SyncEngine engine, CentralClient client, SyncHold hold, java.time.Duration deadline) {
            long end = System.nanoTime() + deadline.toNanos();
            timer.scheduleWithFixedDelay(() -> {
                Ended why = hold.stopRequested() ? Ended.TAKEN_OVER
                        : System.nanoTime() - end >= 0 ? Ended.DEADLINE : Ended.NO;
                if (why != Ended.NO) {
                    ended.compareAndSet(Ended.NO, why);
                    engine.stop();
                    client.cancelInFlight(); // at every tick: also a call that started meanwhile
                }
            }, 200, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        Ended ended() {
            return ended.get();
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    /** --to-file / --from-file: no network at all. */
    private int files(DeskSettings settings, Clock clock, PrintWriter out) {
        if (toFile != null && fromFile != null) {
            out.println(DeskCommand.say(spec, "cli.sync.both.files"));
            return STORE_ERROR;
        }
        try (Store db = openChecked(settings, clock)) {
            Central central = Central.configured(settings);
            Bundles bundles = DeskContext.bundles(db, settings, central,
                    new CatalogService(db, central::catalogKey, clock), clock);
            try {
                return toFile != null ? write(bundles, out) : apply(bundles, out);
            } catch (BundleException e) {
                out.println(BundleMessages.of(e, toFile != null ? toFile : fromFile, DeskCommand.language(spec)));
                return switch (e.problem()) {
                    case NOT_ENROLLED -> NOT_ENROLLED;
                    case IO -> STORE_ERROR;
                    default -> FILE_REFUSED;
                };
            }
        }
    }

    private int write(Bundles bundles, PrintWriter out) throws BundleException {
        Bundles.Written w = bundles.writeTo(toFile);
        out.println(DeskCommand.say(spec, "cli.sync.saved", toFile.toString(), String.valueOf(w.records()),
                String.valueOf(w.documents()), String.format(java.util.Locale.ROOT, "%.1f", w.documentBytes() / 1e6)));
        if (w.notCarried() > 0) {
            out.println(DeskCommand.say(spec, "cli.sync.not.carried", String.valueOf(w.notCarried())));
        }
        out.printf("bundle=%s records=%d documents=%d bytes=%d%n", w.id(), w.records(), w.documents(), w.fileBytes());
        return OK;
    }

    private int apply(Bundles bundles, PrintWriter out) throws BundleException {
        Bundles.Applied a = bundles.applyAnswer(fromFile);
        out.println(DeskCommand.say(spec, a.catalogInstalled() ? "cli.sync.applied.catalog" : "cli.sync.applied",
                String.valueOf(a.acknowledged()), String.valueOf(a.setAside()), String.valueOf(a.alreadySettled()),
                String.valueOf(a.documents()), String.valueOf(a.changes())));
        if (!a.firstTime()) {
            out.println(DeskCommand.say(spec, "cli.sync.applied.again"));
        }
        out.printf("acknowledged=%d set_aside=%d already=%d documents=%d changes=%d catalog=%d%n", a.acknowledged(),
                a.setAside(), a.alreadySettled(), a.documents(), a.changes(), a.catalogInstalled() ? 1 : 0);
        return OK;
    }

    private static void progress(PrintWriter out, SyncProgress p) {
        out.printf("%s %d/%d registros, %d bytes, %d B/s%s%n", p.state().name().toLowerCase(java.util.Locale.ROOT),
                p.recordsSent(), p.recordsTotal(), p.bytesSent(), p.bytesPerSecond(),
                p.lastError() == null ? "" : " (" + p.lastError().name().toLowerCase(java.util.Locale.ROOT) + ")");
        out.flush();
    }
}
