package org.wirebench.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.wirebench.analysis.ColouringRules;
import org.wirebench.analysis.TimeFormat;
import org.wirebench.analysis.TimePrecision;

/**
 * What the View menu sets for every capture editor at once, as in Wireshark: the time format and precision, name
 * resolution, colouring, linked time. Kept in the instance preferences, so that it outlives the session.
 */
public final class ViewSettings {
    private static final String NODE = "org.wirebench.ui";
    static final String COLOURING_RULES = "colouringRules";

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private ViewSettings() {
    }

    static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static TimeFormat timeFormat() {
        return TimeFormat.valueOf(preferences().get("timeFormat", TimeFormat.SINCE_FIRST.name()));
    }

    public static TimePrecision timePrecision() {
        return TimePrecision.valueOf(preferences().get("timePrecision", TimePrecision.AUTOMATIC.name()));
    }

    /** The View menu's switches, as Wireshark sets them first: MAC vendors resolved, ports as numbers, colours on. */
    private static final Map<String, Boolean> FLAGS = Map.of("resolveMacVendors", true, "resolvePorts", false, "colourize", true,
            "linkTime", false);

    static boolean flag(String key) {
        return preferences().getBoolean(key, FLAGS.get(key));
    }

    public static boolean resolveMacVendors() {
        return flag("resolveMacVendors");
    }

    public static boolean resolvePorts() {
        return flag("resolvePorts");
    }

    public static boolean colourize() {
        return flag("colourize");
    }

    /** View > Link Time: selecting a packet in one editor selects the nearest in time in the others. */
    public static boolean linkTime() {
        return flag("linkTime");
    }

    /** The colouring rules in Wireshark's colorfilters format. */
    public static String colouringRules() {
        return preferences().get(COLOURING_RULES, ColouringRules.DEFAULTS);
    }

    public static void set(String key, String value) {
        preferences().put(key, value);
        changed();
    }

    public static void set(String key, boolean value) {
        preferences().putBoolean(key, value);
        changed();
    }

    /** A list kept under `key`, newest first (recent files, filter history). */
    static List<String> list(String key) {
        String kept = preferences().get(key, "");
        return kept.isEmpty() ? List.of() : List.of(kept.split("\n"));
    }

    /** Puts `value` first in the list under `key`, once, keeping at most `size`; returns the list. */
    static List<String> remember(String key, String value, int size) {
        List<String> items = new ArrayList<>(list(key));
        items.remove(value);
        items.add(0, value);
        List<String> kept = items.subList(0, Math.min(size, items.size()));
        preferences().put(key, String.join("\n", kept));
        return List.copyOf(kept);
    }

    static void reset(String key) {
        preferences().remove(key);
        changed();
    }

    private static void changed() {
        LISTENERS.forEach(Runnable::run);
    }

    /** `listener` runs on every change, on the thread that made it (the UI thread). */
    static void listen(Runnable listener) {
        LISTENERS.add(listener);
    }

    static void stopListening(Runnable listener) {
        LISTENERS.remove(listener);
    }
}
