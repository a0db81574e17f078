package pe.macexpress.desk.ui.procedure;

import java.net.CookieHandler;
import java.net.CookieManager;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebHistory;
import javafx.scene.web.WebView;
import javafx.util.Duration;

/**
 * The entity's page in a WebView. The only class of the desk that touches {@code javafx.scene.web}:
 * created by the flow when the first portal opens, so WebKit is never loaded at start-up or sign-in.
 * It goes only where {@link PortalViewModel#allows} says (https in production, the look-alike pages
 * in training), opens no pop-up windows, gives up on a page after {@link #PAGE_TIMEOUT}, and
 * forgets the last citizen's cookies when a new visit starts.
 */
public final class WebPortalBrowser implements PortalBrowser {
    /** A page of a rural link may be slow, but not this slow: the advisor gets the fallback instead. */
    static final Duration PAGE_TIMEOUT = Duration.seconds(45);

    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private final PauseTransition timeout = new PauseTransition(PAGE_TIMEOUT);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);

    /** True while the last citizen's page is being replaced by a blank one: not a portal load. */
    private boolean blanking;

    public WebPortalBrowser(PortalViewModel vm) {
        view.setId("portal-web");
        view.setMinSize(0, 0);
        privateStorage();
        // A pop-up would be a window outside the desk, where the rules below do not hold.
        engine.setCreatePopupHandler(features -> null);
        engine.locationProperty().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty() && !vm.allows(now)) {
                engine.getLoadWorker().cancel();
                vm.pageFailed(PortalViewModel.Failure.BLOCKED);
            }
        });
        engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (blanking) {
                blanking = now != Worker.State.SUCCEEDED && now != Worker.State.FAILED && now != Worker.State.CANCELLED;
                return;
            }
            switch (now) {
                case SCHEDULED, RUNNING -> {
                    if (was != Worker.State.SCHEDULED && was != Worker.State.RUNNING) {
                        timeout.playFromStart();
                        vm.reloading();
                    }
                }
                case SUCCEEDED -> {
                    timeout.stop();
                    vm.pageLoaded();
                }
                case FAILED -> {
                    timeout.stop();
                    vm.pageFailed(PortalViewModel.Failure.LOAD_FAILED);
                }
                default -> timeout.stop();
            }
        });
        engine.getHistory().currentIndexProperty().addListener((o, was, now) -> updateBack());
        engine.getHistory().getEntries().addListener((javafx.collections.ListChangeListener<WebHistory.Entry>) c ->
                updateBack());
        timeout.setOnFinished(e -> {
            engine.getLoadWorker().cancel();
            vm.pageFailed(PortalViewModel.Failure.TIMEOUT);
        });
        // A portal session (a login, a half-filled request) belongs to one citizen: the next visit
        // starts with no cookies. WebKit asks the default CookieHandler on every request.
        // The last citizen's page and history go too: nothing of theirs shows while the next one's loads.
        vm.visitProperty().addListener((o, was, now) -> {
            CookieHandler.setDefault(new CookieManager());
            blanking = true;
            engine.loadContent("");
            engine.getHistory().setMaxSize(0);
            engine.getHistory().setMaxSize(50);
            updateBack();
        });
        vm.loadsProperty().addListener((o, was, now) -> {
            engine.getHistory().setMaxSize(0);
            engine.getHistory().setMaxSize(50);
            engine.load(vm.addressProperty().get());
        });
        vm.pageProperty().addListener((o, was, now) -> {
            if (now == PortalViewModel.PageState.FAILED) {
                stop();
            }
        });
    }

    /**
     * WebKit's local storage and caches go to a folder of this session only, private to the OS user
     * (0700) and deleted when the desk closes, not to the shared default folder where they would
     * outlive the session.
     */
    private void privateStorage() {
        try {
            // A new temporary folder is already 0700 on POSIX systems (the JDK creates it owner-only).
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("macexpress-portal-");
            engine.setUserDataDirectory(dir.toFile());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "portal-storage-cleanup"));
        } catch (java.io.IOException | RuntimeException e) {
            // WebKit then keeps its default folder; the portal still works.
        }
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // Best effort at shutdown: the folder is private to the OS user anyway.
        }
    }

    private void updateBack() {
        canGoBack.set(engine.getHistory().getCurrentIndex() > 0);
    }

    /** The engine, for tests that fill the look-alike page's form. */
    public WebEngine engine() {
        return engine;
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public ObservableBooleanValue canGoBack() {
        return canGoBack.getReadOnlyProperty();
    }

    @Override
    public void back() {
        if (engine.getHistory().getCurrentIndex() > 0) {
            engine.getHistory().go(-1);
        }
    }

    @Override
    public void reload() {
        engine.reload();
    }

    @Override
    public void stop() {
        timeout.stop();
        if (engine.getLoadWorker().isRunning()) {
            engine.getLoadWorker().cancel();
        }
    }
}
