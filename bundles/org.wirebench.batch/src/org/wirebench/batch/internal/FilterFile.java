package org.wirebench.batch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** `-F FILE`: a capture-filter expression kept in a file, `#` comments to the end of a line left out (as tcpdump). */
public final class FilterFile {
    private FilterFile() {
    }

    public static String read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": No such file or directory", e);
        }
        StringBuilder expression = new StringBuilder();
        for (String line : text.split("\n")) {
            int comment = line.indexOf('#');
            expression.append(comment < 0 ? line : line.substring(0, comment)).append(' ');
        }
        return expression.toString().strip();
    }
}
