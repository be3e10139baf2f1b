package org.wirebench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.wirebench.app.Wirebench;
import org.wirebench.app.CaptureOpener;

/** The real workbench of the product, under the UI harness: window, title, perspective, menus, an opened capture. */
class WorkbenchWindowTest {

    private static IWorkbenchWindow window() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "workbench running");
        assertNotNull(Display.getCurrent(), "on the UI thread");
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        assertEquals(1, windows.length, "one window");
        return windows[0];
    }

    private static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the workbench render
        }
    }

    @Test
    void windowIsTitledWirebenchOnTheAnalysisPerspective() {
        IWorkbenchWindow window = window();
        Shell shell = window.getShell();
        assertTrue(shell.isVisible(), "window visible");
        assertEquals(Wirebench.TITLE, shell.getText());
        IWorkbenchPage page = window.getActivePage();
        assertEquals(Wirebench.ANALYSIS_PERSPECTIVE, page.getPerspective().getId());
        assertEquals("Analysis", page.getPerspective().getLabel());
    }

    @Test
    void menusOfferOpenCaptureQuitAndAbout() {
        Menu bar = window().getShell().getMenuBar();
        List<String> menus = texts(bar);
        assertEquals("&File", menus.get(0), menus.toString());
        assertEquals("&Help", menus.get(menus.size() - 1), menus.toString());
        List<String> file = texts(bar.getItem(0).getMenu());
        assertTrue(file.get(0).startsWith("&Open Capture…"), file.toString());
        assertTrue(file.stream().anyMatch(text -> text.startsWith("&Quit")), file.toString());
        assertTrue(texts(bar.getItem(bar.getItemCount() - 1).getMenu()).get(0).startsWith("&About Wirebench"));
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        assertTrue(commands.getCommand(Wirebench.OPEN_CAPTURE_COMMAND).isHandled());
        assertTrue(commands.getCommand(Wirebench.ABOUT_COMMAND).isHandled());
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("Ctrl+O", bindings.getBestActiveBindingFormattedFor(Wirebench.OPEN_CAPTURE_COMMAND));
    }

    @Test
    void aCaptureOpensInTheCaptureEditor() throws Exception {
        Path capture = Files.createTempFile("wirebench-test", ".pcap");
        try {
            // a pcap file header and no packets: an empty capture
            Files.write(capture, new byte[] { (byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    (byte) 0xff, (byte) 0xff, 0, 0, 1, 0, 0, 0 });
            IWorkbenchPage page = window().getActivePage();
            CaptureOpener.open(window(), capture);
            drain();
            IEditorPart editor = page.getActiveEditor();
            assertNotNull(editor, "an editor opened");
            assertEquals(Wirebench.CAPTURE_EDITOR, editor.getSite().getId());
            assertEquals(capture.getFileName().toString(), editor.getTitle());
            page.closeAllEditors(false);
        } finally {
            delete(capture);
        }
    }

    private static List<String> texts(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event()); // menus are filled when they are first shown
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (!item.getText().isEmpty()) {
                texts.add(item.getText());
            }
        }
        return texts;
    }

    private static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
