package org.wirebench.ui.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.wirebench.analysis.ColouringRules;
import org.wirebench.core.plugin.Contributions;

/**
 * Preferences > Colouring Rules: the rules in Wireshark's colorfilters format (a file from Wireshark can be pasted
 * in), checked as they are edited; a rule whose filter does not compile is listed with the reason.
 */
public final class ColouringPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    private Text rules;
    private Label check;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("The first rule whose display filter matches a packet colours its row. One rule a line:\n"
                + "@name@display filter@[foreground r,g,b][background r,g,b], components 0 to 65535; ! before a rule switches it off.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        rules = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 700;
        size.heightHint = 300;
        rules.setLayoutData(size);
        rules.setText(ViewSettings.colouringRules());
        check = new Label(area, SWT.WRAP);
        check.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        rules.addModifyListener(event -> check());
        check();
        return area;
    }

    private void check() {
        try {
            ColouringRules parsed = ColouringRules.parse(rules.getText(), Contributions.registry());
            StringBuilder broken = new StringBuilder();
            for (int i = 0; i < parsed.rules().size(); i++) {
                if (parsed.problem(i) != null) {
                    broken.append(parsed.rules().get(i).name()).append(" never matches: ").append(parsed.problem(i)).append('\n');
                }
            }
            check.setText(broken.toString());
            setErrorMessage(null);
            setValid(true);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            setValid(false);
        }
        check.getParent().layout();
    }

    @Override
    protected void performDefaults() {
        rules.setText(ColouringRules.DEFAULTS);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (rules.getText().equals(ColouringRules.DEFAULTS)) {
            ViewSettings.reset(ViewSettings.COLOURING_RULES);
        } else {
            ViewSettings.set(ViewSettings.COLOURING_RULES, rules.getText());
        }
        return true;
    }
}
