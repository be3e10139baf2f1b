package org.wirebench.filter.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.wirebench.core.Base;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.filter.FieldNames;
import org.wirebench.filter.FilterException;

/**
 * Recursive descent over Wireshark's display-filter grammar, precedence `not` > `and` > `xor` > `or`, left to
 * right. Field names resolve against the registry as they are read; values are typed by the field they meet.
 */
public final class Parser {
    private static final Set<String> RELATIONS = Set.of("==", "!=", "===", "!==", ">", "<", ">=", "<=");

    private final List<Token> tokens;
    private final DissectorRegistry registry;
    private final Map<Field, Integer> slots = new LinkedHashMap<>();
    private int at;

    /** Whether a name no dissector registers stands for a field that is never present, rather than an error. */
    private final boolean unknownAbsent;
    /** Set while a relation is parsed when it names a field not dissected here. */
    private boolean absent;

    private Parser(List<Token> tokens, DissectorRegistry registry, boolean unknownAbsent) {
        this.tokens = tokens;
        this.registry = registry;
        this.unknownAbsent = unknownAbsent;
    }

    /** A parsed filter and the fields its evaluation reads, in slot order. */
    public record Result(Expr expr, List<Field> needed) {
    }

    public static Result parse(String text, DissectorRegistry registry, boolean unknownAbsent) throws FilterException {
        Parser parser = new Parser(Lexer.tokens(text), registry, unknownAbsent);
        if (parser.peek().kind() == Token.Kind.END) {
            throw new FilterException("the filter is empty", 0);
        }
        Expr expr = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Token.Kind.END) {
            throw parser.error(rest, "expected 'and', 'or' or the end of the filter, found '" + rest.text() + "'");
        }
        return new Result(expr, List.copyOf(parser.slots.keySet()));
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        return tokens.get(at++);
    }

    private boolean accept(String op) {
        if (peek().is(op)) {
            at++;
            return true;
        }
        return false;
    }

    private FilterException error(Token token, String message) {
        return new FilterException("position " + token.position() + ": " + message, token.position());
    }

    private Expr or() throws FilterException {
        Expr left = xor();
        while (accept("||")) {
            left = new Expr.Or(left, xor());
        }
        return left;
    }

    private Expr xor() throws FilterException {
        Expr left = and();
        while (accept("^^")) {
            left = new Expr.Xor(left, and());
        }
        return left;
    }

    private Expr and() throws FilterException {
        Expr left = not();
        while (accept("&&")) {
            left = new Expr.And(left, not());
        }
        return left;
    }

    private Expr not() throws FilterException {
        if (accept("!")) {
            return new Expr.Not(not());
        }
        if (accept("(")) {
            Expr inner = or();
            if (!accept(")")) {
                throw error(peek(), "expected ')' to close the '(', found " + found(peek()));
            }
            return inner;
        }
        return relation();
    }

    /** A relation; one about a field not dissected here ({@link #unknownAbsent}) never holds. */
    private Expr relation() throws FilterException {
        Expr relation = relationOf();
        return absent ? new Expr.Absent() : relation;
    }

    private Expr relationOf() throws FilterException {
        absent = false;
        String quantifier = peek().is("any") || peek().is("all") ? next().text() : null;
        Token first = peek();
        Operand left = operand(null);
        Token op = peek();
        if (op.kind() == Token.Kind.OP && RELATIONS.contains(op.text())) {
            next();
            Operand right = operand(left);
            if (left instanceof Operand.Constant) {
                if (!(right instanceof Operand.FieldRef)) {
                    throw error(first, "a comparison needs a field on one side; '" + first.text() + "' is no field");
                }
                // a constant first: compare the other way round
                return compare(mirror(op.text()), quantifier, right, operand(first, (Operand.FieldRef) right));
            }
            return compare(op.text(), quantifier, left, right);
        }
        Operand.FieldRef field = fieldOf(left, first);
        if (accept("in")) {
            return new Expr.Member(field, members(field));
        }
        if (accept("contains")) {
            return new Expr.Contains(field, operand(field));
        }
        if (accept("~")) {
            Token pattern = next();
            if (pattern.kind() != Token.Kind.STRING) {
                throw error(pattern, "'matches' needs a double-quoted regular expression, found " + found(pattern));
            }
            try {
                return new Expr.Matches(field, Pattern.compile(pattern.text(), Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw error(pattern, "not a regular expression: " + e.getDescription());
            }
        }
        if (quantifier != null) {
            throw error(peek(), "expected a comparison after '" + quantifier + " " + first.text() + "', found " + found(peek()));
        }
        if (peek().kind() == Token.Kind.WORD || peek().kind() == Token.Kind.STRING) {
            throw error(peek(), "expected an operator (==, !=, >, <, contains, matches, in...) after '" + first.text()
                    + "', found " + found(peek()));
        }
        return new Expr.Exists(field);
    }

    private Expr compare(String op, String quantifier, Operand left, Operand right) {
        boolean all = quantifier != null ? quantifier.equals("all") : op.equals("!=") || op.equals("===");
        return new Expr.Compare(op, all, left, right);
    }

    private static String mirror(String op) {
        return switch (op) {
            case ">" -> "<";
            case "<" -> ">";
            case ">=" -> "<=";
            case "<=" -> ">=";
            default -> op;
        };
    }

    private Operand.FieldRef fieldOf(Operand operand, Token token) throws FilterException {
        if (operand instanceof Operand.FieldRef field) {
            return field;
        }
        throw error(token, unknown(token.text()));
    }

    /** A field (with slice or mask) or, when `other` is a field, a value typed by it. */
    private Operand operand(Operand other) throws FilterException {
        Token token = next();
        Field named = token.kind() == Token.Kind.WORD ? field(token.text()) : null;
        if (named != null) {
            return fieldRef(named);
        }
        if (token.kind() != Token.Kind.WORD && token.kind() != Token.Kind.STRING) {
            throw error(token, "expected a field or a value, found " + found(token));
        }
        if (other instanceof Operand.FieldRef field) {
            return operand(token, field);
        }
        if (other == null && token.kind() == Token.Kind.WORD && !startsLikeValue(token.text())) {
            if (!unknownAbsent) {
                throw error(token, unknown(token.text()));
            }
            // parsed as a text field that no frame has, so that the rest of the relation is checked as usual
            absent = true;
            return new Operand.FieldRef(new Field(-1, token.text(), token.text(), FieldType.STRING, Base.NONE, Map.of(), 0), -1,
                    slice(), mask());
        }
        return new Operand.Constant(token); // typed once the other side is known
    }

    /** The value `token` stands for beside `field`. */
    private Operand operand(Token token, Operand.FieldRef field) throws FilterException {
        FieldType type = field.mask() != null ? FieldType.UINT64 : field.valueType();
        return new Operand.Constant(Literals.convert(token, type, field.mask() != null ? null : field.field()));
    }

    private Operand.FieldRef fieldRef(Field field) throws FilterException {
        Slice slice = slice();
        Long mask = mask();
        int slot = slots.computeIfAbsent(field, f -> slots.size());
        return new Operand.FieldRef(field, slot, slice, mask);
    }

    private Slice slice() throws FilterException {
        return peek().kind() == Token.Kind.SLICE ? Slice.parse(peek().text(), next().position()) : null;
    }

    private Long mask() throws FilterException {
        if (!peek().is("&")) {
            return null;
        }
        next();
        Token value = next();
        try {
            return Literals.number(value.text(), null);
        } catch (IllegalArgumentException e) {
            throw error(value, "expected a number after '&', found " + found(value));
        }
    }

    private List<Object[]> members(Operand.FieldRef field) throws FilterException {
        if (!accept("{")) {
            throw error(peek(), "expected '{' after 'in', found " + found(peek()));
        }
        List<Object[]> members = new ArrayList<>();
        while (!accept("}")) {
            if (peek().kind() == Token.Kind.END) {
                throw error(peek(), "expected '}' to close the set");
            }
            Object low = value(next(), field);
            if (accept("..")) {
                members.add(new Object[] { low, value(next(), field) });
            } else {
                members.add(new Object[] { low });
            }
            accept(",");
        }
        if (members.isEmpty()) {
            throw error(peek(), "the set is empty");
        }
        return members;
    }

    private Object value(Token token, Operand.FieldRef field) throws FilterException {
        if (token.kind() != Token.Kind.WORD && token.kind() != Token.Kind.STRING) {
            throw error(token, "expected a value, found " + found(token));
        }
        return ((Operand.Constant) operand(token, field)).value();
    }

    private static boolean startsLikeValue(String text) {
        char c = text.charAt(0);
        return Character.isDigit(c) || c == '-' || c == ':' || text.length() <= 2 || text.matches("[0-9A-Fa-f]{2}([:.\\-][0-9A-Fa-f]{2})+");
    }

    private Field field(String name) {
        return FieldNames.find(registry, name);
    }

    private String unknown(String name) {
        List<String> near = FieldNames.nearest(registry, name, 3);
        return "'" + name + "' is neither a field nor a protocol" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?");
    }

    private static String found(Token token) {
        return token.kind() == Token.Kind.END ? "the end of the filter" : "'" + token.text() + "'";
    }
}
