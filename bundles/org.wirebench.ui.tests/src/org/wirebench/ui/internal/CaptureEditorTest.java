package org.wirebench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RadioState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.analysis.TimeFormat;
import org.wirebench.core.Item;
import org.wirebench.testing.Corpus;

/**
 * The capture editor in the real workbench under Xvfb, on corpus captures. Expected texts are tshark's
 * (`tshark -r http_espn_fail.pcapng`: 569 packets, the first a DNS query of 72 bytes).
 */
class CaptureEditorTest {
    private static final String ESPN = "chrissanders-packets/http_espn_fail.pcapng";

    @AfterEach
    void closeEditors() {
        Gui.page().closeAllEditors(false);
        ViewSettings.reset("timeFormat");
        ViewSettings.reset("timePrecision");
        ViewSettings.reset("linkTime");
        ViewSettings.reset("resolvePorts");
        ViewSettings.reset(ViewSettings.COLOURING_RULES);
        Gui.drain();
    }

    /** Opens `capture` and waits until its first pass is over. */
    static CaptureEditor open(Path capture) {
        Gui.open(capture);
        IEditorPart active = Gui.page().getActiveEditor();
        assertTrue(active instanceof CaptureEditor, "a capture editor opened: " + active);
        CaptureEditor editor = (CaptureEditor) active;
        Gui.waitUntil("the first pass of " + capture.getFileName(),
                () -> editor.capture() != null && editor.capture().passed() == editor.capture().frameCount() && editor.statusText().indexOf("Dissecting") < 0);
        Gui.waitFor(editor.job());
        return editor;
    }

    private static String[] row(PacketList list, int row) {
        return IntStream.range(0, list.columns().size()).mapToObj(column -> list.text(row, column)).toArray(String[]::new);
    }

    @Test
    void theListShowsTsharksColumnsAndTheStatusTheCounts() {
        CaptureEditor editor = open(Corpus.capture(ESPN));
        Table table = editor.list().control();
        assertEquals(List.of("No.", "Time", "Source", "Destination", "Protocol", "Length", "Info"),
                java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
        assertEquals(569, editor.list().rows().count());
        assertArrayEquals(new String[] { "1", "0.000000", "172.16.16.154", "4.2.2.1", "DNS", "72",
                "Standard query 0xb10b A www.espn.com" }, row(editor.list(), 0));
        assertArrayEquals(new String[] { "5", "0.104771", "172.16.16.154", "68.71.212.158", "TCP", "66",
                "64859 → 80 [ACK] Seq=1 Ack=1 Win=65535 Len=0 TSval=1101093353 TSecr=587810369" }, row(editor.list(), 4));
        String status = editor.statusText();
        assertTrue(status.startsWith("http_espn_fail.pcapng · 376 kB"), status);
        assertTrue(status.contains("Packets: 569 · Displayed: 569 (100.0%)"), status);
        assertFalse(editor.stopButton().isEnabled(), "nothing to stop once the first pass is over");
        // the first row is selected: its tree and bytes show
        assertEquals("Frame 1: 72 bytes on wire, 72 bytes captured", editor.details().control().getItem(0).getText());
        assertTrue(editor.bytes().text(0).startsWith("0000  "), editor.bytes().text(0));
    }

    @Test
    void aTreeItemHighlightsItsBytesAndAByteSelectsItsItem() {
        CaptureEditor editor = open(Corpus.capture(ESPN));
        TreeItem ip = editor.details().control().getItem(2);
        assertEquals("Internet Protocol Version 4, Src: 172.16.16.154, Dst: 4.2.2.1", ip.getText());
        TreeItem source = find(ip, "Source Address: 172.16.16.154");
        editor.details().control().setSelection(source);
        editor.details().control().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertArrayEquals(new int[] { 26, 27, 28, 29 }, editor.bytes().highlighted());

        // a click on byte 0x24 (36: UDP starts at 34, its destination port at 36) selects the deepest item there
        var text = (org.eclipse.swt.custom.StyledText) ((org.eclipse.swt.custom.CTabFolder) editor.bytes().control()).getItem(0).getControl();
        int caret = 2 * 73 + 6 + 4 * 3; // line 2, fifth byte
        var at = text.getLocationAtOffset(caret);
        Gui.click(text, at.x + 2, at.y + 2);
        assertEquals(caret, text.getCaretOffset(), "the click put the caret on the byte");
        Item selected = editor.details().selectedItem();
        assertEquals("udp.dstport", selected.field().filterName());
        assertArrayEquals(new int[] { 36, 37 }, editor.bytes().highlighted());
    }

    /** Runs the tree's context-menu item `text` and returns what it put on the clipboard. */
    private static String copied(CaptureEditor editor, String text) {
        for (org.eclipse.swt.widgets.MenuItem item : editor.details().control().getMenu().getItems()) {
            if (item.getText().equals(text)) {
                item.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                var clipboard = new org.eclipse.swt.dnd.Clipboard(Gui.display());
                try {
                    return (String) clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
                } finally {
                    clipboard.dispose();
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private static TreeItem find(TreeItem parent, String text) {
        for (TreeItem child : parent.getItems()) {
            if (child.getText().equals(text)) {
                return child;
            }
        }
        throw new AssertionError("no item " + text + " under " + parent.getText());
    }

    @Test
    void theFilterBarChecksWhileTypingAndAppliesOnEnter() {
        CaptureEditor editor = open(Corpus.capture(ESPN));
        editor.filterBar().setText("", false); // focuses the bar
        Gui.type("dns.qry.nam");
        assertTrue(editor.filterBar().message().contains("dns.qry.nam"), editor.filterBar().message());
        Gui.type("e");
        assertEquals("", editor.filterBar().message());
        Color valid = filterBackground(editor);
        Gui.pressKey(0, SWT.CR);
        Gui.waitFor(editor.job());
        // tshark -r http_espn_fail.pcapng -Y dns.qry.name | wc -l
        assertEquals(14, editor.list().rows().count());
        assertTrue(editor.statusText().contains("Packets: 569 · Displayed: 14 (2.5%)"), editor.statusText());
        assertEquals("1", editor.list().text(0, 0), "No. keeps the frame number");
        var bar = (org.eclipse.swt.widgets.Combo) ((org.eclipse.swt.widgets.Composite) editor.filterBar().control()).getChildren()[0];
        assertEquals("dns.qry.name", bar.getItem(0), "the filter is first in the history");
        assertEquals(0xaf, valid.getRed());
        assertEquals(0xff, valid.getGreen());

        editor.filterBar().setText("tcp.port == ", true);
        assertEquals("position 11: expected a field or a value, found the end of the filter", editor.filterBar().message());
        assertEquals(0xff, filterBackground(editor).getRed());
        assertEquals(14, editor.list().rows().count(), "a bad filter changes nothing");

        editor.filterBar().setText("", true);
        Gui.waitFor(editor.job());
        assertEquals(569, editor.list().rows().count());
    }

    private static Color filterBackground(CaptureEditor editor) {
        return ((org.eclipse.swt.widgets.Composite) editor.filterBar().control()).getChildren()[0].getBackground();
    }

    @Test
    void expertItemsShowOnTheColourOfTheirSeverity() {
        // a malformed DNS response whose UDP checksum is wrong: an error (red), as Wireshark colours it
        CaptureEditor editor = open(Corpus.capture("tcpdump-tests/dns-badlabel.pcap"));
        TreeItem udp = editor.details().control().getItem(3);
        TreeItem checksum = udp.getItem(3);
        TreeItem bad = checksum.getItem(0);
        assertEquals("Bad checksum [should be 0x54de]", bad.getText());
        assertEquals(new org.eclipse.swt.graphics.RGB(0xff, 0x5c, 0x5c), bad.getBackground().getRGB());
        assertEquals("[Malformed Packet: Domain Name System]", editor.details().control().getItem(5).getText());
        editor.details().control().getItem(0).setExpanded(true);
        editor.list().select(0); // shown again: an expert item at the top level is no obstacle
        assertEquals(6, editor.details().control().getItemCount());
    }

    @Test
    void applyAsFilterFromTheTree() {
        CaptureEditor editor = open(Corpus.capture(ESPN));
        TreeItem udp = editor.details().control().getItem(3);
        TreeItem port = find(udp, "Destination Port: 53");
        editor.details().control().setSelection(port);
        assertEquals("udp.dstport == 53", copied(editor, "Copy as Filter"));
        assertEquals("Destination Port: 53", copied(editor, "Copy Field"));
        assertEquals("53", copied(editor, "Copy Value"));
        Item destination = (Item) port.getData();
        editor.useAsFilter(destination, true);
        Gui.waitFor(editor.job());
        assertEquals("udp.dstport == 53", editor.filterBar().text());
        assertEquals(7, editor.list().rows().count());
    }

    @Test
    void timeFormatsFromTheViewMenuAndTimeReferences() throws Exception {
        CaptureEditor editor = open(Corpus.capture(ESPN));
        Table table = editor.list().control();
        execute(CaptureCommands.TIME_FORMAT, TimeFormat.UTC_DATE_AND_TIME.name());
        assertEquals("2016-01-08 20:59:15.346584", editor.list().text(1, 1));
        execute(CaptureCommands.TIME_FORMAT, TimeFormat.EPOCH.name());
        assertEquals("1452286755.346584", editor.list().text(1, 1));
        execute(CaptureCommands.TIME_PRECISION, "MILLISECONDS");
        assertEquals("1452286755.346", editor.list().text(1, 1));
        execute(CaptureCommands.TIME_PRECISION, "AUTOMATIC");

        // the Ctrl+Alt+5 shortcut: Seconds Since Previous Captured Packet
        table.setFocus();
        Gui.press(SWT.CTRL | SWT.ALT, '5');
        assertEquals(TimeFormat.SINCE_PREVIOUS_CAPTURED, ViewSettings.timeFormat());
        assertEquals("0.000600", editor.list().text(2, 1));

        execute(CaptureCommands.TIME_FORMAT, TimeFormat.SINCE_FIRST.name());
        editor.list().select(1);
        table.setFocus();
        Gui.press(SWT.CTRL, 't');
        assertEquals("*REF*", editor.list().text(1, 1));
        assertEquals("0.000600", editor.list().text(2, 1), "relative times restart at the reference");
        Gui.press(SWT.CTRL, 't');
        assertEquals("0.026567", editor.list().text(1, 1));
    }

    private static void execute(String command, String value) throws Exception {
        ICommandService commands = Gui.window().getService(ICommandService.class);
        ParameterizedCommand parameterized = ParameterizedCommand.generateCommand(commands.getCommand(command),
                java.util.Map.of(RadioState.PARAMETER_ID, value));
        Gui.window().getService(IHandlerService.class).executeCommand(parameterized, null);
        Gui.drain();
    }

    @Test
    void markGoToAndExportTheMarkedPackets(@TempDir Path folder) throws Exception {
        CaptureEditor editor = open(Corpus.capture(ESPN));
        Table table = editor.list().control();
        assertTrue(editor.goTo(100));
        assertEquals(99, editor.list().selectedRow());
        table.setFocus();
        Gui.press(SWT.CTRL, 'm');
        Gui.pressKey(SWT.CTRL, SWT.ARROW_DOWN);
        assertEquals(100, editor.list().selectedRow(), "Ctrl+Down: the next packet");
        Gui.press(SWT.CTRL, 'm');
        assertTrue(editor.statusText().contains("Marked: 2"), editor.statusText());
        assertEquals(SWT.COLOR_BLACK, colourOf(editor.list().itemOf(99).getBackground()));
        Gui.pressKey(SWT.CTRL, SWT.END);
        assertEquals(568, editor.list().selectedRow(), "Ctrl+End: the last packet");
        assertEquals("569", editor.list().itemOf(568).getText(0), "scrolled to the last row");
        Gui.pressKey(0, SWT.PAGE_UP);
        assertTrue(editor.list().selectedRow() < 568 && editor.list().itemOf(editor.list().selectedRow()) != null, "Page Up moves and scrolls");

        int[] marked = ExportDialog.frames(editor, ExportDialog.Range.MARKED, "", true);
        assertArrayEquals(new int[] { 99, 100 }, marked);
        assertArrayEquals(new int[] { 0, 1, 2, 9 }, ExportDialog.frames(editor, ExportDialog.Range.NUMBERS, "1-3,10", false));
        Path target = folder.resolve("marked.pcapng");
        editor.export(target, false, marked);
        Gui.waitFor(editor.job());
        CaptureEditor exported = open(target);
        assertEquals(2, exported.list().rows().count());
        assertArrayEquals(new String[] { "1", editor.list().text(99, 2), editor.list().text(99, 3), editor.list().text(99, 5) },
                new String[] { exported.list().text(0, 0), exported.list().text(0, 2),
                        exported.list().text(0, 3), exported.list().text(0, 5) });
    }

    private static int colourOf(Color colour) {
        return colour.equals(Gui.display().getSystemColor(SWT.COLOR_BLACK)) ? SWT.COLOR_BLACK : -1;
    }

    @Test
    void sortByLengthAndAFieldColumn() {
        CaptureEditor editor = open(Corpus.capture(ESPN));
        Table table = editor.list().control();
        var ttl = org.wirebench.filter.FieldNames.find(editor.capture().registry(), "ip.ttl");
        new PacketListMenus(editor).addColumn(ttl);
        assertEquals(ttl.name(), table.getColumn(7).getText());
        // tshark -T fields -e ip.ttl: 64, 54, 64, 240
        assertEquals("54", editor.list().text(1, 7));
        assertEquals("240", editor.list().text(3, 7));
        table.getColumn(5).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Gui.waitFor(editor.job());
        int previous = 0;
        for (int row = 0; row < editor.list().rows().count(); row += 37) {
            int length = Integer.parseInt(editor.list().text(row, 5));
            assertTrue(length >= previous, "row " + row + " sorted by length");
            previous = length;
        }
        assertNotEquals("1", editor.list().text(0, 0));
        assertEquals(table.getColumn(5), table.getSortColumn());
        table.getColumn(5).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Gui.waitFor(editor.job());
        assertEquals(SWT.DOWN, table.getSortDirection());
        assertTrue(Integer.parseInt(editor.list().text(0, 5)) >= Integer.parseInt(editor.list().text(1, 5)), "descending");

        // a filter shows frame order again
        editor.filterBar().setText("dns", true);
        Gui.waitFor(editor.job());
        assertEquals(null, table.getSortColumn());
        assertEquals("1", editor.list().text(0, 0));
    }

    @Test
    void linkedEditorsSelectThePacketNearestInTime(@TempDir Path folder) throws Exception {
        // two captures of one network taken "at two points": the odd and the even frames of one capture
        CaptureEditor whole = open(Corpus.capture(ESPN));
        int count = whole.capture().frameCount();
        Path odd = folder.resolve("odd.pcapng");
        Path even = folder.resolve("even.pcapng");
        whole.capture().export(odd, false, IntStream.range(0, count).filter(i -> i % 2 == 0).toArray(), n -> { });
        whole.capture().export(even, false, IntStream.range(0, count).filter(i -> i % 2 == 1).toArray(), n -> { });
        Gui.page().closeAllEditors(false);
        CaptureEditor first = open(odd);
        CaptureEditor second = open(even);
        EditorLayoutHandler.arrange(Gui.page(), true);
        Gui.drain();
        assertTrue(first.list().control().isVisible() && second.list().control().isVisible(), "both editors show");
        assertTrue(first.list().control().toDisplay(0, 0).x != second.list().control().toDisplay(0, 0).x, "side by side");

        ViewSettings.set("linkTime", true);
        first.list().select(40); // frame 81 of the whole capture
        long time = first.capture().file().timestampNanos(40);
        int expected = second.capture().nearest(time, null);
        assertEquals(expected, second.list().selectedFrame());
        assertTrue(expected == 39 || expected == 40, "frame 80 or 82 of the whole capture: " + expected);
        ViewSettings.set("linkTime", false);
        first.list().select(100);
        assertEquals(expected, second.list().selectedFrame(), "not linked any more");

        EditorLayoutHandler.arrange(Gui.page(), false);
        Gui.drain();
        assertTrue(first.list().control().isVisible() && second.list().control().isVisible(), "both editors show");
        assertTrue(first.list().control().toDisplay(0, 0).y != second.list().control().toDisplay(0, 0).y, "one above another");
    }

    @Test
    void mergeMakesANewCaptureInTimeOrderAndOpensIt(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("merged.pcapng");
        var job = MergeHandler.merge(Gui.window(), List.of(Corpus.capture(ESPN), Corpus.capture("chrissanders-packets/dns.pcap")), target);
        Gui.waitFor(job);
        Gui.waitUntil("the merged capture to open", () -> Gui.page().getActiveEditor() instanceof CaptureEditor e && e.file().equals(target));
        CaptureEditor merged = open(target);
        assertEquals(569 + 7, merged.capture().frameCount());
        assertTrue(Files.size(target) > 0);
    }

    @Test
    void aFileThatIsNoCaptureSaysSoInTheEditor(@TempDir Path folder) throws Exception {
        Path text = folder.resolve("notes.pcap");
        Files.writeString(text, "these are notes, not packets\n");
        Gui.open(text);
        CaptureEditor editor = (CaptureEditor) Gui.page().getActiveEditor();
        Gui.waitUntil("the open job", () -> editor.statusText().contains("Cannot open"));
        assertTrue(editor.statusText().contains(text.toString()), editor.statusText());
        assertEquals(0, editor.list().rows().count());
        assertFalse(editor.statusText().contains("Exception"), editor.statusText());
    }

    @Test
    void rowsTakeTheColouringRulesAndNamesResolveFromTheViewMenu() throws Exception {
        CaptureEditor editor = open(Corpus.capture(ESPN));
        // Wireshark's UDP rule: background [56026,61166,65535]
        assertEquals(new org.eclipse.swt.graphics.RGB(0xda, 0xee, 0xff), editor.list().itemOf(0).getBackground().getRGB());
        ViewSettings.set(ViewSettings.COLOURING_RULES, "@Everything@frame@[0,0,0][65535,0,0]\n");
        assertEquals(new org.eclipse.swt.graphics.RGB(0xff, 0, 0), editor.list().itemOf(0).getBackground().getRGB());
        ViewSettings.reset(ViewSettings.COLOURING_RULES);

        IHandlerService handlers = Gui.window().getService(IHandlerService.class);
        handlers.executeCommand(CaptureCommands.PREFIX + "resolvePorts", null);
        Gui.drain();
        assertTrue(editor.list().text(2, 6).startsWith("64859 → http(80) [SYN]"), editor.list().text(2, 6));
        handlers.executeCommand(CaptureCommands.PREFIX + "resolvePorts", null);
        Gui.drain();
        assertTrue(editor.list().text(2, 6).startsWith("64859 → 80 [SYN]"), editor.list().text(2, 6));
    }

    @Test
    void openedCapturesAreOfferedUnderOpenRecent() {
        Path capture = Corpus.capture("chrissanders-packets/dns.pcap").toAbsolutePath().normalize();
        open(capture);
        assertEquals(capture.toString(), RecentCaptures.files().get(0));
        Gui.page().closeAllEditors(false);
        var items = new RecentCaptures().getContributionItems();
        var first = (org.eclipse.jface.action.ActionContributionItem) items[0];
        assertEquals("&1 " + capture, first.getAction().getText());
        first.getAction().run();
        Gui.drain();
        assertTrue(Gui.page().getActiveEditor() instanceof CaptureEditor e && e.file().equals(capture));
    }

    @Test
    void theColouringPreferencePageChecksAndKeepsTheRules() {
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(Gui.display());
        try {
            ColouringPreferencePage page = new ColouringPreferencePage();
            page.init(org.eclipse.ui.PlatformUI.getWorkbench());
            page.createControl(shell);
            var area = (org.eclipse.swt.widgets.Composite) page.getControl();
            var text = (org.eclipse.swt.widgets.Text) find(area, org.eclipse.swt.widgets.Text.class);
            var check = (org.eclipse.swt.widgets.Label) text.getParent().getChildren()[1]; // under the rules
            assertEquals(org.wirebench.analysis.ColouringRules.DEFAULTS, text.getText());

            text.setText("@Broken@tcp.port ==@[0,0,0][0,0,0]\n");
            assertTrue(page.isValid());
            assertTrue(check.getText().startsWith("Broken never matches: position 11:"), check.getText());
            text.setText("not a rule");
            assertFalse(page.isValid());
            assertTrue(page.getErrorMessage().startsWith("line 1: not a colouring rule"), page.getErrorMessage());

            text.setText("@All@frame@[0,0,0][65535,0,0]\n");
            assertTrue(page.performOk());
            assertEquals("@All@frame@[0,0,0][65535,0,0]\n", ViewSettings.colouringRules());
        } finally {
            shell.dispose();
        }
    }

    private static org.eclipse.swt.widgets.Control find(org.eclipse.swt.widgets.Composite parent, Class<?> type) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return child;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.Control found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
