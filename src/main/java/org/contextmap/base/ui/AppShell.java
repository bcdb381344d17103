package org.contextmap.base.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo, its utility classes, and ContextMap's own few styles (bundled
 * from {@code frontend/styles}: once the application builds its own front-end bundle, a
 * {@code @StyleSheet} from {@code META-INF/resources} was no longer applied). Server
 * push (websocket down, XHR up, so every request from the page still passes the security chain)
 * lets work off the request thread — an import being written — show its progress as it goes.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@CssImport("./styles/contextmap.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "ContextMap: contextual safeguarding for young people at risk of harm outside the home");
    }
}
