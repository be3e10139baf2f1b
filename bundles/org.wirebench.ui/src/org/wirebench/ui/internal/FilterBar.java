package org.wirebench.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.filter.DisplayFilter;
import org.wirebench.filter.FilterException;

/**
 * The display filter bar above the packet list: checked while typing (green when valid, red with the message when
 * not), Enter or Apply applies it, the filters applied before are in its drop-down list (shared by all editors).
 */
final class FilterBar {
    private static final String HISTORY = "filterHistory";
    private static final int HISTORY_SIZE = 30;
    private static final Color VALID = new Color(0xaf, 0xff, 0xaf);
    private static final Color INVALID = new Color(0xff, 0xaf, 0xaf);

    private final Composite bar;
    private final Combo text;
    private final Label message;
    private final Consumer<DisplayFilter> apply;
    private DissectorRegistry registry;

    /** `apply` gets the compiled filter, or null for none (an empty bar). */
    FilterBar(Composite parent, Consumer<DisplayFilter> apply) {
        this.apply = apply;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        text = new Combo(bar, SWT.DROP_DOWN);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setToolTipText("Apply a display filter … (Wireshark syntax: ip.src == 10.0.0.1 && tcp.port == 80)");
        text.setItems(history());
        text.addModifyListener(event -> check());
        text.addListener(SWT.DefaultSelection, event -> applyText());
        Button button = new Button(bar, SWT.PUSH);
        button.setText("Apply");
        button.addListener(SWT.Selection, event -> applyText());
        message = new Label(bar, SWT.NONE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
    }

    Composite control() {
        return bar;
    }

    /** The filter can be checked once the capture's registry is known. */
    void setRegistry(DissectorRegistry dissectors) {
        registry = dissectors;
        check();
    }

    String text() {
        return text.getText();
    }

    /** Puts `filter` in the bar (Prepare as Filter); `now` applies it too (Apply as Filter). */
    void setText(String filter, boolean now) {
        text.setText(filter);
        text.setFocus();
        if (now) {
            applyText();
        }
    }

    String message() {
        return message.getText();
    }

    /** The compiled filter, or null when the bar is empty; throws when it does not compile. */
    private DisplayFilter compile() throws FilterException {
        String filter = text.getText().strip();
        return filter.isEmpty() ? null : DisplayFilter.compile(filter, registry);
    }

    private boolean check() {
        if (registry == null) {
            return false;
        }
        try {
            boolean empty = compile() == null;
            text.setBackground(empty ? null : VALID);
            show("");
            return true;
        } catch (FilterException e) {
            text.setBackground(INVALID);
            show(e.getMessage());
            return false;
        }
    }

    private void show(String text) {
        message.setText(text);
        bar.layout();
    }

    private void applyText() {
        if (!check()) {
            return;
        }
        try {
            DisplayFilter filter = compile();
            if (filter != null) {
                remember(text.getText().strip());
            }
            apply.accept(filter);
        } catch (FilterException e) {
            show(e.getMessage());
        }
    }

    private void remember(String filter) {
        String current = text.getText();
        text.setItems(ViewSettings.remember(HISTORY, filter, HISTORY_SIZE).toArray(String[]::new));
        text.setText(current);
    }

    private static String[] history() {
        return ViewSettings.list(HISTORY).toArray(String[]::new);
    }
}
