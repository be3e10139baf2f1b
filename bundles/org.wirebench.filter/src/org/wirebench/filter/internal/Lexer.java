package org.wirebench.filter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wirebench.filter.FilterException;

/** Splits display-filter text into tokens; keywords become their symbols (`and` → `&&`, `eq` → `==`). */
final class Lexer {
    private static final Map<String, String> KEYWORDS = Map.ofEntries(Map.entry("and", "&&"), Map.entry("or", "||"),
            Map.entry("xor", "^^"), Map.entry("not", "!"), Map.entry("eq", "=="), Map.entry("ne", "!="),
            Map.entry("all_eq", "==="), Map.entry("any_ne", "!=="), Map.entry("gt", ">"), Map.entry("lt", "<"),
            Map.entry("ge", ">="), Map.entry("le", "<="), Map.entry("contains", "contains"),
            Map.entry("matches", "~"), Map.entry("in", "in"), Map.entry("any", "any"), Map.entry("all", "all"),
            Map.entry("bitwise_and", "&"));
    private static final String[] SYMBOLS = { "===", "!==", "==", "!=", ">=", "<=", "&&", "||", "^^", "..", ">", "<", "!",
            "~", "&", "(", ")", "{", "}", ",", "[", "=" };

    private Lexer() {
    }

    static List<Token> tokens(String text) throws FilterException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || (c == 'r' || c == 'R') && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                i = string(text, i, tokens);
            } else if (word(c) && !text.startsWith("..", i)) {
                int start = i;
                while (i < text.length() && word(text.charAt(i)) && !text.startsWith("..", i)) {
                    i++;
                }
                String w = text.substring(start, i);
                String keyword = KEYWORDS.get(w);
                tokens.add(keyword == null ? new Token(Token.Kind.WORD, w, start) : new Token(Token.Kind.OP, keyword, start));
            } else {
                i = symbol(text, i, tokens);
            }
        }
        tokens.add(new Token(Token.Kind.END, "", text.length()));
        return tokens;
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '/' || c == '-' || c == '$';
    }

    private static int symbol(String text, int i, List<Token> tokens) throws FilterException {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, i)) {
                if (symbol.equals("=")) {
                    throw new FilterException("position " + i + ": '=' is not an operator: write '==' to compare", i);
                }
                if (symbol.equals("[")) {
                    int end = text.indexOf(']', i);
                    if (end < 0) {
                        throw new FilterException("position " + i + ": the slice '[' has no closing ']'", i);
                    }
                    tokens.add(new Token(Token.Kind.SLICE, text.substring(i + 1, end).strip(), i));
                    return end + 1;
                }
                tokens.add(new Token(Token.Kind.OP, symbol, i));
                return i + symbol.length();
            }
        }
        throw new FilterException("position " + i + ": unexpected character '" + text.charAt(i) + "'", i);
    }

    /** A double-quoted string with C escapes, or a raw string r"..." without. */
    private static int string(String text, int start, List<Token> tokens) throws FilterException {
        boolean raw = text.charAt(start) != '"';
        StringBuilder value = new StringBuilder();
        int i = start + (raw ? 2 : 1);
        while (i < text.length() && text.charAt(i) != '"') {
            char c = text.charAt(i++);
            if (c == '\\' && i < text.length()) {
                char e = text.charAt(i++);
                if (raw) {
                    value.append('\\').append(e);
                    continue;
                }
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '0' -> value.append('\0');
                    case 'x' -> {
                        if (i + 2 > text.length() || Character.digit(text.charAt(i), 16) < 0
                                || Character.digit(text.charAt(i + 1), 16) < 0) {
                            throw new FilterException("position " + (i - 2) + ": \\x needs two hex digits", i - 2);
                        }
                        value.append((char) Integer.parseInt(text.substring(i, i + 2), 16));
                        i += 2;
                    }
                    default -> value.append(e);
                }
            } else {
                value.append(c);
            }
        }
        if (i >= text.length()) {
            throw new FilterException("position " + start + ": the string has no closing '\"'", start);
        }
        tokens.add(new Token(Token.Kind.STRING, value.toString(), start));
        return i + 1;
    }
}
