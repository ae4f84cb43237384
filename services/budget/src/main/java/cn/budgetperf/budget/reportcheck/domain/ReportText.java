package cn.budgetperf.budget.reportcheck.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text twice: as given (offsets and quoted excerpts refer to it) and normalised for
 * reading, with the same length so that an offset means the same character in both. Normalising
 * turns full-width digits, point, percent and space into their half-width forms and blanks out the
 * {@code [bookmark: …]} residue that converted Word documents carry.
 */
final class ReportText {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]\\n]*\\]");

    private final String original;
    private final String normalized;

    private ReportText(String original, String normalized) {
        this.original = original;
        this.normalized = normalized;
    }

    static ReportText of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = halfWidth(chars[i]);
        }
        Matcher bookmark = BOOKMARK.matcher(text);
        while (bookmark.find()) {
            for (int i = bookmark.start(); i < bookmark.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new ReportText(text, new String(chars));
    }

    private static char halfWidth(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '．' -> '.';
            case '％' -> '%';
            case '\u3000', '\u00a0', '\r' -> ' ';
            default -> c;
        };
    }

    /** The text as the rules read it. */
    String normalized() {
        return normalized;
    }

    /** The original text between two offsets without bookmark residue, whitespace runs collapsed. */
    String excerpt(int start, int end) {
        return BOOKMARK.matcher(original.substring(start, end)).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** The line (1-based) that holds an offset. */
    int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < original.length(); i++) {
            if (original.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
