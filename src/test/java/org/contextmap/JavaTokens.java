package org.contextmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Just enough of a Java tokenizer for {@link CypherFromInputTest}: comments dropped, string
 * literals and text blocks kept whole with the line they start on, and the expression a string
 * sits in cut into the parts that are joined with it.
 */
final class JavaTokens {

    enum Kind { STRING, IDENTIFIER, NUMBER, SYMBOL }

    record Token(Kind kind, String text, int line) {
        boolean isString() {
            return kind == Kind.STRING;
        }

        boolean isIdentifier() {
            return kind == Kind.IDENTIFIER;
        }
    }

    /** The parts an expression joins with a query text (operands of {@code +}, arguments of formatting calls). */
    record Expression(List<String> parts) {
    }

    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CONSTANT_REFERENCE = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*\\.)*[A-Z][A-Z0-9_]*(\\.[a-z][A-Za-z0-9_]*\\(\\))*");
    private static final Set<String> JOINING_CALLS = Set.of("format", "formatted", "append", "concat", "join",
            "replace", "replaceAll", "replaceFirst", "insert");
    private static final Set<String> LEFT_ENDS = Set.of(",", ";", "=", "{", "}", "return", "->", "?", ":", "+=", "[");
    private static final Set<String> RIGHT_ENDS = Set.of(",", ";", "}", "?", ":", "]");

    private JavaTokens() {
    }

    static boolean isConstantName(String name) {
        return CONSTANT_NAME.matcher(name).matches();
    }

    static List<Token> of(String source) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !source.startsWith("\"\"\"", end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 3);
                tokens.add(new Token(Kind.STRING, source.substring(i, end), line));
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                tokens.add(new Token(c == '"' ? Kind.STRING : Kind.NUMBER, source.substring(i, end), line));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(source.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.IDENTIFIER, source.substring(i, end), line));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_'
                        || source.charAt(end) == '.' && end + 1 < n && Character.isDigit(source.charAt(end + 1)))) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, source.substring(i, end), line));
                i = end;
            } else {
                String two = i + 1 < n ? source.substring(i, i + 2) : "";
                String symbol = Set.of("+=", "->", "==", "!=", "<=", ">=", "&&", "||", "::").contains(two) ? two
                        : String.valueOf(c);
                tokens.add(new Token(Kind.SYMBOL, symbol, line));
                i += symbol.length();
            }
        }
        return tokens;
    }

    /** The parts joined with the token at {@code at}: the other operands of its {@code +} chain, and the arguments of calls that join. */
    static Expression expressionAround(List<Token> tokens, int at) {
        int start = at;
        int depth = 0;
        while (start > 0) {
            Token previous = tokens.get(start - 1);
            if (previous.text().equals(")") || previous.text().equals("]")) {
                depth++;
            } else if (previous.text().equals("(") || previous.text().equals("[")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && LEFT_ENDS.contains(previous.text())) {
                break;
            }
            start--;
        }
        int end = at;
        depth = 0;
        while (end + 1 < tokens.size()) {
            Token next = tokens.get(end + 1);
            if (next.text().equals("(") || next.text().equals("[")) {
                depth++;
            } else if (next.text().equals(")") || next.text().equals("]")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && RIGHT_ENDS.contains(next.text())) {
                break;
            }
            end++;
        }
        List<String> parts = new ArrayList<>();
        for (List<Token> operand : split(tokens.subList(start, end + 1), "+")) {
            operandParts(operand, parts);
        }
        // the other arguments of a call that joins (String.format, append …) the expression is an argument of
        if (start > 1 && tokens.get(start - 1).text().equals("(") && JOINING_CALLS.contains(tokens.get(start - 2).text())) {
            int close = closing(tokens, start - 1);
            for (List<Token> argument : split(tokens.subList(start, close), ",")) {
                if (!argument.contains(tokens.get(at))) {
                    parts.add(text(argument));
                }
            }
        }
        // calls that join, chained after the call the expression is an argument of (new StringBuilder("…").append(id))
        if (start > 0 && tokens.get(start - 1).text().equals("(")) {
            int close = closing(tokens, start - 1);
            while (close + 3 < tokens.size() && tokens.get(close + 1).text().equals(".")
                    && JOINING_CALLS.contains(tokens.get(close + 2).text()) && tokens.get(close + 3).text().equals("(")) {
                int next = closing(tokens, close + 3);
                for (List<Token> argument : split(tokens.subList(close + 4, next), ",")) {
                    parts.add(text(argument));
                }
                close = next;
            }
        }
        return new Expression(parts.stream().filter(p -> !p.isBlank()).toList());
    }

    /** A literal, a constant or an enum constant's accessor, or an expression of only those. */
    static boolean isConstantExpression(String part) {
        String p = part.strip();
        if (p.startsWith("\"") || p.startsWith("'") || p.equals("null") || p.equals("true") || p.equals("false")
                || !p.isEmpty() && Character.isDigit(p.charAt(0))) {
            return true;
        }
        return CONSTANT_REFERENCE.matcher(p).matches();
    }

    /** Adds the parts of one operand: itself, unless it is a literal or constant with calls after it, whose arguments count. */
    private static void operandParts(List<Token> operand, List<String> parts) {
        if (operand.isEmpty()) {
            return;
        }
        if (operand.getFirst().text().equals("(") && closing(operand, 0) == operand.size() - 1) {
            List<Token> inner = operand.subList(1, operand.size() - 1);
            List<List<Token>> branches = split(inner, "?");
            if (branches.size() == 2) {
                for (List<Token> branch : split(branches.get(1), ":")) {
                    split(branch, "+").forEach(o -> operandParts(o, parts));
                }
            } else {
                split(inner, "+").forEach(o -> operandParts(o, parts));
            }
            return;
        }
        Token first = operand.getFirst();
        boolean literalStart = first.isString() || first.isIdentifier() && isConstantName(first.text());
        if (!literalStart) {
            parts.add(text(operand));
            return;
        }
        for (int i = 1; i < operand.size(); i++) {
            if (operand.get(i).text().equals("(")) {
                int close = closing(operand, i);
                for (List<Token> argument : split(operand.subList(i + 1, close), ",")) {
                    List<List<Token>> branches = split(argument, "?");
                    if (branches.size() == 2) {
                        split(branches.get(1), ":").forEach(b -> split(b, "+").forEach(o -> operandParts(o, parts)));
                    } else {
                        split(argument, "+").forEach(o -> operandParts(o, parts));
                    }
                }
                i = close;
            }
        }
    }

    private static List<List<Token>> split(List<Token> tokens, String separator) {
        List<List<Token>> pieces = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (text.equals("(") || text.equals("[") || text.equals("{")) {
                depth++;
            } else if (text.equals(")") || text.equals("]") || text.equals("}")) {
                depth--;
            } else if (depth == 0 && text.equals(separator)) {
                pieces.add(tokens.subList(from, i));
                from = i + 1;
            }
        }
        pieces.add(tokens.subList(from, tokens.size()));
        return pieces;
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (text.equals("(")) {
                depth++;
            } else if (text.equals(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static String text(List<Token> tokens) {
        var text = new StringBuilder();
        for (Token token : tokens) {
            text.append(token.text());
        }
        return text.toString();
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
