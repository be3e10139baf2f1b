package org.wirebench.app.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wirebench.app.Wirebench;

/** Help > About Wirebench: the product version and the Java runtime it runs on. */
public final class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "About Wirebench", aboutText());
        return null;
    }

    static String aboutText() {
        return "Wirebench " + Wirebench.version() + "\n\nThe packet-capture workbench for detector readout systems.\n\nJava "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }
}
