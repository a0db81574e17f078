package pe.macexpress.desk.ui.procedure;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * The part of the portal screen that shows the entity's page. {@link WebPortalBrowser} is the real
 * one (WebView); keeping it behind this interface lets the class that touches
 * {@code javafx.scene.web} load only when a portal opens, and lets a test stand in for it.
 * Bound once to the flow's {@link PortalViewModel}: it loads the address at each of the
 * ViewModel's load requests and tells it what came of each page.
 */
public interface PortalBrowser {

    /** The page on screen. */
    Node node();

    /** Whether there is a page to go back to inside the portal. */
    ObservableBooleanValue canGoBack();

    void back();

    void reload();

    /** Stops the page being loaded. */
    void stop();
}
