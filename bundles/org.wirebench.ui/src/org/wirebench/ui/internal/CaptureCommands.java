package org.wirebench.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.State;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RadioState;
import org.eclipse.ui.handlers.RegistryToggleState;

/**
 * The commands of the Edit, View and Go menus, with Wireshark's names and shortcuts. Those of one capture act on
 * the active capture editor; those of the View menu change {@link ViewSettings} for all of them.
 */
public final class CaptureCommands extends AbstractHandler {
    static final String PREFIX = "org.wirebench.ui.";
    static final String TIME_FORMAT = PREFIX + "timeFormat";
    static final String TIME_PRECISION = PREFIX + "timePrecision";
    /** The toggles of the View menu and the settings they keep. */
    static final Map<String, String> TOGGLES = Map.of(PREFIX + "resolveMacVendors", "resolveMacVendors",
            PREFIX + "resolvePorts", "resolvePorts", PREFIX + "colourize", "colourize", PREFIX + "linkTime", "linkTime");

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String id = event.getCommand().getId();
        if (id.equals(TIME_FORMAT) || id.equals(TIME_PRECISION)) {
            if (!HandlerUtil.matchesRadioState(event)) {
                String value = event.getParameter(RadioState.PARAMETER_ID);
                HandlerUtil.updateRadioState(event.getCommand(), value);
                ViewSettings.set(id.substring(PREFIX.length()), value);
            }
            return null;
        }
        if (TOGGLES.containsKey(id)) {
            boolean was = HandlerUtil.toggleCommandState(event.getCommand());
            ViewSettings.set(TOGGLES.get(id), !was);
            return null;
        }
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (!(active instanceof CaptureEditor editor) || editor.capture() == null) {
            return null;
        }
        switch (id.substring(PREFIX.length())) {
            case "goToPacket" -> goToPacket(editor);
            case "firstPacket" -> editor.goToRow(row -> 0);
            case "lastPacket" -> editor.goToRow(row -> editor.list().rows().count() - 1);
            case "nextPacket" -> editor.goToRow(row -> row + 1);
            case "previousPacket" -> editor.goToRow(row -> row - 1);
            case "markPacket" -> editor.toggleMark();
            case "timeReference" -> editor.toggleReference();
            case "unsetTimeReferences" -> editor.clearReferences();
            case "focusFilter" -> editor.filterBar().setText(editor.filterBar().text(), false);
            case "exportPackets" -> new ExportDialog(editor).open();
            default -> throw new ExecutionException("no such command: " + id);
        }
        return null;
    }

    private static void goToPacket(CaptureEditor editor) {
        int count = editor.capture().frameCount();
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Go to Packet", "Packet number (1 to " + count + "):",
                "", text -> {
                    try {
                        int number = Integer.parseInt(text.strip());
                        return number >= 1 && number <= count ? null : "No packet " + number + " in this capture";
                    } catch (NumberFormatException e) {
                        return "Not a packet number";
                    }
                });
        if (dialog.open() == Window.OK && !editor.goTo(Integer.parseInt(dialog.getValue().strip()))) {
            editor.showProblem("Packet " + dialog.getValue().strip() + " is not displayed");
        }
    }

    /** Sets the radio and toggle states of the View menu from the settings, which outlive the session. */
    static void syncStates() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        setState(commands.getCommand(TIME_FORMAT), RadioState.STATE_ID, ViewSettings.timeFormat().name());
        setState(commands.getCommand(TIME_PRECISION), RadioState.STATE_ID, ViewSettings.timePrecision().name());
        TOGGLES.forEach((command, key) -> setState(commands.getCommand(command), RegistryToggleState.STATE_ID, ViewSettings.flag(key)));
    }

    private static void setState(Command command, String stateId, Object value) {
        State state = command.getState(stateId);
        if (state != null && !value.equals(state.getValue())) {
            state.setValue(value);
        }
    }
}
