package org.wirebench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.wirebench.app.CaptureOpener;

/**
 * The small helper the UI tests drive the real workbench with (SWTBot is not on Maven Central): waits while the
 * event loop runs; keys through {@link Display#post} (X events under Xvfb), which go through the workbench's key
 * bindings exactly as a user's keystrokes do; mouse clicks as the events a control gets for them.
 */
final class Gui {
    private static final long TIMEOUT_MILLIS = 30_000;

    private Gui() {
    }

    static Display display() {
        Display display = Display.getCurrent();
        assertNotNull(display, "the tests run on the UI thread");
        return display;
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Runs the event loop until nothing is left to do. */
    static void drain() {
        Display display = display();
        while (display.readAndDispatch()) {
            // let the workbench render and the jobs report
        }
    }

    /** Runs the event loop until `condition` holds; fails naming `what` after the timeout. */
    static void waitUntil(String what, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
        Display display = display();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        drain();
    }

    /** Waits until `job` (may be null) has finished and what it handed to the UI thread has run. */
    static void waitFor(Job job) {
        waitUntil("job " + (job == null ? "" : job.getName()), () -> job == null || job.getState() == Job.NONE);
    }

    static void open(Path capture) {
        CaptureOpener.open(window(), capture);
        drain();
    }

    /** Presses `character` with `modifiers` (SWT.CTRL, SWT.ALT, SWT.SHIFT) on the focused control, as a keyboard would. */
    static void press(int modifiers, char character) {
        press(modifiers, 0, character);
    }

    /** Presses a key without a character (`SWT.ARROW_DOWN`, `SWT.HOME`) with `modifiers`. */
    static void pressKey(int modifiers, int keyCode) {
        press(modifiers, keyCode, '\0');
    }

    private static void press(int modifiers, int keyCode, char character) {
        int[] modifierKeys = { SWT.CTRL, SWT.ALT, SWT.SHIFT };
        for (int modifier : modifierKeys) {
            if ((modifiers & modifier) != 0) {
                post(SWT.KeyDown, modifier, '\0');
            }
        }
        post(SWT.KeyDown, keyCode, character);
        post(SWT.KeyUp, keyCode, character);
        for (int i = modifierKeys.length - 1; i >= 0; i--) {
            if ((modifiers & modifierKeys[i]) != 0) {
                post(SWT.KeyUp, modifierKeys[i], '\0');
            }
        }
        drain();
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display().post(event)) {
            fail("the display refused a key event");
        }
    }

    /** Types `text` into the focused control. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            press(0, 0, c);
        }
    }

    /** Clicks the left button at `x`, `y` of `control`: the mouse events the control would get from the display. */
    static void click(Control control, int x, int y) {
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event button = new Event();
            button.button = 1;
            button.x = x;
            button.y = y;
            button.count = 1;
            control.notifyListeners(type, button);
        }
        drain();
    }
}
