package org.wirebench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wirebench.core.Binding;
import org.wirebench.core.Dissector;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.ProtocolSpec;

/**
 * The product's dissectors without OSGi: reads the `org.wirebench.core.dissectors` contributions from the
 * plugin.xml of every protocol bundle, as the extension registry would, and builds a registry from them.
 */
final class PluginRegistry {

    private PluginRegistry() {
    }

    static DissectorRegistry load(Path bundles) throws Exception {
        List<ProtocolSpec> specs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(bundles)) {
            for (Path folder : folders.sorted().toList()) {
                Path pluginXml = folder.resolve("plugin.xml");
                if (folder.getFileName().toString().startsWith("org.wirebench.proto.") && Files.exists(pluginXml)) {
                    specs.addAll(specs(pluginXml));
                }
            }
        }
        return DissectorRegistry.builder().addAll(specs).build();
    }

    private static List<ProtocolSpec> specs(Path pluginXml) throws Exception {
        List<ProtocolSpec> specs = new ArrayList<>();
        NodeList dissectors = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pluginXml.toFile())
                .getElementsByTagName("dissector");
        for (int i = 0; i < dissectors.getLength(); i++) {
            Element element = (Element) dissectors.item(i);
            List<Binding> bindings = new ArrayList<>();
            NodeList tables = element.getElementsByTagName("table");
            for (int t = 0; t < tables.getLength(); t++) {
                bindings.add(Binding.parse(((Element) tables.item(t)).getAttribute("binding")));
            }
            List<String> heuristics = new ArrayList<>();
            NodeList lists = element.getElementsByTagName("heuristic");
            for (int h = 0; h < lists.getLength(); h++) {
                heuristics.add(((Element) lists.item(h)).getAttribute("list"));
            }
            String type = element.getAttribute("class");
            specs.add(new ProtocolSpec(element.getAttribute("protocol"), element.getAttribute("name"),
                    element.getAttribute("filterPrefix"), bindings, heuristics, () -> create(type)));
        }
        return specs;
    }

    private static Dissector create(String type) {
        try {
            return (Dissector) Class.forName(type).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create dissector " + type, e);
        }
    }
}
