package org.wirebench.core.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.wirebench.core.Binding;
import org.wirebench.core.Dissector;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.ProtocolSpec;

/** Reads the extension point `org.wirebench.core.dissectors`; classes load only when a packet needs them. */
public final class Contributions {
    public static final String POINT = "org.wirebench.core.dissectors";

    private Contributions() {
    }

    /** A registry of every dissector contributed to the running platform. */
    public static DissectorRegistry registry() {
        return DissectorRegistry.builder().addAll(specs(RegistryFactory.getRegistry())).build();
    }

    public static List<ProtocolSpec> specs(IExtensionRegistry registry) {
        List<ProtocolSpec> specs = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
            if ("dissector".equals(element.getName())) {
                specs.add(spec(element));
            }
        }
        return specs;
    }

    private static ProtocolSpec spec(IConfigurationElement element) {
        List<Binding> bindings = Arrays.stream(element.getChildren("table")).map(t -> Binding.parse(t.getAttribute("binding"))).toList();
        List<String> heuristics = Arrays.stream(element.getChildren("heuristic")).map(h -> h.getAttribute("list")).toList();
        String protocol = element.getAttribute("protocol");
        Supplier<Dissector> factory = () -> {
            try {
                return (Dissector) element.createExecutableExtension("class");
            } catch (CoreException e) {
                throw new IllegalStateException("cannot create the dissector of " + protocol + " (" + element.getContributor().getName() + ")", e);
            }
        };
        return new ProtocolSpec(protocol, element.getAttribute("name"), element.getAttribute("filterPrefix"), bindings, heuristics, factory);
    }
}
