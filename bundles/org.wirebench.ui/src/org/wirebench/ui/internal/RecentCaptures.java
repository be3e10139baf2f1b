package org.wirebench.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.wirebench.app.CaptureOpener;

/** File > Open Recent: the captures opened last, newest first, kept across sessions. */
public final class RecentCaptures extends CompoundContributionItem {
    private static final String KEY = "recentCaptures";
    private static final int SIZE = 10;

    static void add(Path file) {
        ViewSettings.remember(KEY, file.toAbsolutePath().toString(), SIZE);
    }

    static List<String> files() {
        return ViewSettings.list(KEY);
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<String> files = files();
        IContributionItem[] items = new IContributionItem[files.size()];
        for (int i = 0; i < items.length; i++) {
            Path file = Path.of(files.get(i));
            Action open = new Action("&" + (i + 1) + " " + file) {
                @Override
                public void run() {
                    CaptureOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), file);
                }
            };
            items[i] = new ActionContributionItem(open);
        }
        return items;
    }
}
