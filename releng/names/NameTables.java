import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Generates the name-resolution tables of org.wirebench.core at build time from Debian's maintained lists:
 * the IEEE MA-L registry (package ieee-data, oui.csv) and the service names of netbase (/etc/services,
 * the names tcpdump prints). Usage: java NameTables.java OUI_CSV SERVICES OUT_FOLDER
 * Writes OUT_FOLDER/oui.txt ("001B21<TAB>IntelCor<TAB>Intel Corporate") and OUT_FOLDER/services.txt
 * ("80/tcp<TAB>http").
 */
public final class NameTables {
    /** Words that say what kind of company it is, not which: dropped from short names, as Wireshark does. */
    private static final Pattern GENERAL = Pattern.compile(
            "\\s(the|incorporated|inc|plc|systems|corporation|corp|s/a|a/s|ab|ag|kg|gmbh|company|co|limited|ltd|holding|spa)(?=\\s)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUNCTUATION = Pattern.compile("[\"',./:()]");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java NameTables.java OUI_CSV SERVICES OUT_FOLDER");
            System.exit(2);
        }
        for (String source : List.of(args[0], args[1])) {
            if (!Files.isReadable(Path.of(source))) {
                System.err.println("NameTables: cannot read " + source + ": install Debian's ieee-data and netbase packages");
                System.exit(1);
            }
        }
        Path out = Files.createDirectories(Path.of(args[2]));
        Files.write(out.resolve("oui.txt"), vendors(Path.of(args[0])), StandardCharsets.UTF_8);
        Files.write(out.resolve("services.txt"), services(Path.of(args[1])), StandardCharsets.UTF_8);
    }

    static List<String> vendors(Path csv) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            List<String> fields = csvFields(line);
            if (fields.size() >= 3 && fields.get(0).equals("MA-L") && fields.get(1).matches("[0-9A-Fa-f]{6}")) {
                String name = fields.get(2).trim().replaceAll("\\s+", " ");
                lines.put(fields.get(1).toUpperCase(Locale.ROOT), shortName(name) + "\t" + name);
            }
        }
        List<String> out = new ArrayList<>();
        lines.forEach((prefix, names) -> out.add(prefix + "\t" + names));
        return out;
    }

    /** "Intel Corporate" → "IntelCor": title case, no punctuation or general terms, no spaces, 8 characters. */
    static String shortName(String name) {
        String text = " " + titleCase(name) + " ";
        text = PUNCTUATION.matcher(text).replaceAll(" ").replace(" & ", " ");
        text = GENERAL.matcher(text).replaceAll("");
        text = text.replaceAll("\\s+", "");
        return text.length() > 8 ? text.substring(0, 8) : text;
    }

    private static String titleCase(String name) {
        StringBuilder text = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            text.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return text.toString();
    }

    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static List<String> services(Path services) throws IOException {
        Map<String, String> names = new TreeMap<>();
        for (String line : Files.readAllLines(services, StandardCharsets.UTF_8)) {
            String[] words = line.replaceAll("#.*", "").trim().split("\\s+");
            if (words.length >= 2 && words[1].matches("\\d+/(tcp|udp|sctp|dccp)")) {
                names.putIfAbsent(words[1], words[0]); // the first name listed for a port is its name
            }
        }
        List<String> out = new ArrayList<>();
        names.forEach((port, name) -> out.add(port + "\t" + name));
        return out;
    }
}
