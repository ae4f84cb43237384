package cn.budgetperf.budget.reportcheck.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an enumeration ("A、B、C") into its items, keeping parentheses inside an item. */
final class ListItems {

    private static final Pattern ENUMERATOR = Pattern.compile("^(\\d{1,2}[.、](?!\\d{1,3}(\\D|$))|[（(]\\d{1,2}[）)]|[①-⑳])");
    private static final Pattern LEADING = Pattern.compile("^(以及|及|和|与)");

    /** An item and where it stands in the normalised text. */
    record Item(String text, int start, int end) {
    }

    private ListItems() {
    }

    /** The items of {@code s[from, to)} split at 、 (and at the given extra separators) outside parentheses. */
    static List<Item> split(String s, int from, int to, String separators) {
        List<Item> items = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '、';
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '、' || separators.indexOf(c) >= 0 || i == to)) {
                items.add(item(s, start, i));
                start = i + 1;
            }
        }
        return items;
    }

    private static Item item(String s, int start, int end) {
        String raw = s.substring(start, end);
        String text = raw.strip();
        int offset = start + raw.indexOf(text.isEmpty() ? raw : text);
        java.util.regex.Matcher enumerator = ENUMERATOR.matcher(text);
        if (enumerator.find()) {
            offset += enumerator.end();
            text = text.substring(enumerator.end());
        }
        java.util.regex.Matcher leading = LEADING.matcher(text);
        if (leading.find() && text.length() > leading.end() + 1) {
            offset += leading.end();
            text = text.substring(leading.end());
        }
        return new Item(text.strip(), offset, offset + text.strip().length());
    }
}
