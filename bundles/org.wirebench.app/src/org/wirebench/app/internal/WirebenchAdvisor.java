package org.wirebench.app.internal;

import java.nio.file.Path;

import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.wirebench.app.CaptureOpener;
import org.wirebench.app.Wirebench;

/** Opens one window titled "Wirebench" on the Analysis perspective, then the files named on the command line. */
final class WirebenchAdvisor extends WorkbenchAdvisor {

    private final String[] files; // the application arguments: capture files to open

    WirebenchAdvisor(String[] files) {
        this.files = files;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return Wirebench.ANALYSIS_PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1200, 800));
                window.setShowCoolBar(false);
                window.setShowStatusLine(true);
                window.setShowProgressIndicator(true); // the jobs of the capture editors, with their cancel button
                window.setTitle(Wirebench.TITLE);
                // captures dropped onto the editor area open as they would from File > Open Capture
                window.addEditorAreaTransfer(FileTransfer.getInstance());
                window.configureEditorAreaDropListener(new DropTargetAdapter() {
                    @Override
                    public void drop(DropTargetEvent event) {
                        if (event.data instanceof String[] names) {
                            for (String name : names) {
                                CaptureOpener.open(getWindowConfigurer().getWindow(), Path.of(name));
                            }
                        }
                    }
                });
            }

            @Override
            public void postWindowOpen() {
                for (int i = 0; i < files.length; i++) {
                    // skip options and their values: launchers and test harnesses pass some through
                    boolean optionValue = i > 0 && files[i - 1].startsWith("-");
                    if (!files[i].startsWith("-") && !optionValue) {
                        CaptureOpener.open(getWindowConfigurer().getWindow(), Path.of(files[i]));
                    }
                }
            }
        };
    }
}
