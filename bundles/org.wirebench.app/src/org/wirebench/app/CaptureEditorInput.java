package org.wirebench.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A capture file on disk, as an editor input. */
public record CaptureEditorInput(Path file) implements IPathEditorInput {

    @Override
    public boolean exists() {
        return file.toFile().exists();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public IPath getPath() {
        return IPath.fromPath(file);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
