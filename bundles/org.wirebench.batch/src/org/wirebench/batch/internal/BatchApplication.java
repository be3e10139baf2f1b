package org.wirebench.batch.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.wirebench.batch.Cli;

/** The `wb` application: hands the command line to {@link Cli} and returns its exit status. */
public final class BatchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return new Cli(System.out, System.err).run(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // a batch run ends by itself
    }
}
