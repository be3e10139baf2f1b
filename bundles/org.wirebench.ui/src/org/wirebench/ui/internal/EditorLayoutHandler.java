package org.wirebench.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * View > Place Editors Side by Side / One Above Another: each capture editor in a part of the editor area of its
 * own, so that captures taken at two points of a network can be read together (each with its own filter). The user
 * may also drag an editor's tab to any side of the area.
 */
public final class EditorLayoutHandler extends AbstractHandler {
    /** Tag of the stacks of the editor area, which the workbench gives editor behaviour. */
    private static final String EDITOR_STACK = "EditorStack";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        arrange(page, event.getCommand().getId().endsWith("sideBySide"));
        return null;
    }

    static void arrange(IWorkbenchPage page, boolean sideBySide) {
        List<MPart> parts = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(true);
            if (editor instanceof CaptureEditor) {
                parts.add(editor.getSite().getService(MPart.class));
            }
        }
        if (parts.size() < 2) {
            return;
        }
        EModelService models = page.getWorkbenchWindow().getService(EModelService.class);
        MPartSashContainerElement previous = (MPartSashContainerElement) (MUIElement) parts.get(0).getParent();
        for (int i = 1; i < parts.size(); i++) {
            MPart part = parts.get(i);
            MPartStack stack = models.createModelElement(MPartStack.class);
            stack.getTags().add(EDITOR_STACK);
            stack.getChildren().add(part); // moves it out of its stack
            stack.setSelectedElement(part);
            // each new part takes its share of what is left, so that all end up alike
            float share = 1f - 1f / (parts.size() - i + 1);
            models.insert(stack, previous, sideBySide ? EModelService.RIGHT_OF : EModelService.BELOW, share);
            previous = stack;
        }
    }
}
