package org.wirebench.app;

import org.osgi.framework.FrameworkUtil;

/** Names shared by the workbench, its tests and the bundles that contribute to it. */
public final class Wirebench {
    public static final String TITLE = "Wirebench";
    public static final String ANALYSIS_PERSPECTIVE = "org.wirebench.app.analysis";
    public static final String OPEN_CAPTURE_COMMAND = "org.wirebench.app.openCapture";
    public static final String ABOUT_COMMAND = "org.wirebench.app.about";
    /** The capture editor (contributed by org.wirebench.ui, which builds on this bundle). */
    public static final String CAPTURE_EDITOR = "org.wirebench.ui.captureEditor";

    private Wirebench() {
    }

    /** The product version, taken from this bundle (the build stamps every bundle alike). */
    public static String version() {
        return FrameworkUtil.getBundle(Wirebench.class).getVersion().toString();
    }
}
