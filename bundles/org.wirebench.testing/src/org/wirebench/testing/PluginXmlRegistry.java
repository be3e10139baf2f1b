package org.wirebench.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wirebench.core.Binding;
import org.wirebench.core.Dissector;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.ProtocolSpec;
import org.xml.sax.SAXException;

/**
 * The product's protocols without OSGi (fuzzing, benchmarks, embedding): reads the `org.wirebench.core.dissectors` contributions from the
 * plugin.xml of every bundle under the folder {@value #BUNDLES_PROPERTY} names, as
 * `org.wirebench.core.plugin.Contributions` reads them from the extension registry, and makes ProtocolSpecs whose
 * factory instantiates the dissector class reflectively. So such a registry has exactly the protocols, table
 * bindings and heuristic lists the product has, and a new protocol bundle is included without a change here.
 */
public final class PluginXmlRegistry {
    /** System property: the folder holding one folder per bundle (the repository's `bundles`). */
    public static final String BUNDLES_PROPERTY = "wirebench.bundles";
    static final String POINT = "org.wirebench.core.dissectors";

    private PluginXmlRegistry() {
    }

    /** A registry of every dissector the bundles contribute. */
    public static DissectorRegistry registry() {
        return DissectorRegistry.builder().addAll(specs()).build();
    }

    /** The contributions of the bundles folder the system property names, in bundle-name order. */
    public static List<ProtocolSpec> specs() {
        String folder = System.getProperty(BUNDLES_PROPERTY);
        if (folder == null || folder.isBlank()) {
            throw new IllegalStateException("set -D" + BUNDLES_PROPERTY + "=<repository>/bundles");
        }
        List<ProtocolSpec> specs = specs(Path.of(folder));
        if (specs.isEmpty()) {
            throw new IllegalStateException("no " + POINT + " contributions in the plugin.xml files under " + folder);
        }
        return specs;
    }

    public static List<ProtocolSpec> specs(Path bundles) {
        List<Path> pluginFiles;
        try (Stream<Path> children = Files.list(bundles)) {
            pluginFiles = children.map(b -> b.resolve("plugin.xml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the bundles in " + bundles, e);
        }
        List<ProtocolSpec> specs = new ArrayList<>();
        for (Path pluginFile : pluginFiles) {
            specs.addAll(specs(pluginFile, parse(pluginFile)));
        }
        return specs;
    }

    private static Document parse(Path pluginFile) {
        try (InputStream in = Files.newInputStream(pluginFile)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + pluginFile, e);
        }
    }

    private static List<ProtocolSpec> specs(Path pluginFile, Document document) {
        List<ProtocolSpec> specs = new ArrayList<>();
        for (Element extension : children(document.getDocumentElement(), "extension")) {
            if (!POINT.equals(extension.getAttribute("point"))) {
                continue;
            }
            for (Element dissector : children(extension, "dissector")) {
                specs.add(spec(pluginFile, dissector));
            }
        }
        return specs;
    }

    private static ProtocolSpec spec(Path pluginFile, Element element) {
        String protocol = required(pluginFile, element, "protocol");
        String className = required(pluginFile, element, "class");
        List<Binding> bindings = children(element, "table").stream().map(t -> Binding.parse(t.getAttribute("binding"))).toList();
        List<String> heuristics = children(element, "heuristic").stream().map(h -> h.getAttribute("list")).toList();
        Supplier<Dissector> factory = () -> instantiate(pluginFile, protocol, className);
        return new ProtocolSpec(protocol, required(pluginFile, element, "name"), required(pluginFile, element, "filterPrefix"), bindings,
                heuristics, factory);
    }

    private static Dissector instantiate(Path pluginFile, String protocol, String className) {
        try {
            return (Dissector) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot create the dissector of " + protocol + " (" + className + ", " + pluginFile + ")", e);
        }
    }

    private static String required(Path pluginFile, Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value.isEmpty()) {
            throw new IllegalStateException(pluginFile + ": <" + element.getTagName() + "> without " + attribute);
        }
        return value;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child && name.equals(child.getTagName())) {
                found.add(child);
            }
        }
        return found;
    }
}
