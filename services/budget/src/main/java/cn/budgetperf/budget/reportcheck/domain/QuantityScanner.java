package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers of a normalised text that carry a unit. A number without a unit (a phone number,
 * a list marker, a table cell of a chart) is no quantity; a number inside a document number
 * (徐政财字〔2024〕50号) or a date is recognised and left out of every claim.
 */
final class QuantityScanner {

    private static final String[] UNITS = {"亿元", "万元", "人次", "批次", "平方米", "元", "亿", "万", "%", "个", "项", "人", "名",
        "户", "家", "次", "分", "年", "月", "日", "号", "辆", "台", "批", "期", "起", "所", "座", "套", "份", "件", "篇", "场"};
    private static final String[] APPROX_BEFORE = {"大约", "将近", "超过", "不足", "不到", "约", "近", "超", "逾"};
    private static final String[] APPROX_AFTER = {"以上", "以下", "以内", "左右", "上下", "余", "多", "许"};
    private static final String RANGE = "至到-—–~～";

    record Scan(List<Quantity> quantities, List<Malformed> malformed) {
    }

    private QuantityScanner() {
    }

    static Scan scan(String s) {
        List<Quantity> quantities = new ArrayList<>();
        List<Malformed> malformed = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!digit(s, i) || (i > 0 && (letter(s.charAt(i - 1)) || digit(s, i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            int j = i;
            while (digit(s, j)) {
                j++;
            }
            if (j - start <= 3) {
                while (s.startsWith(",", j) && digit(s, j + 1) && digit(s, j + 2) && digit(s, j + 3) && !digit(s, j + 4)) {
                    j += 4;
                }
            }
            if (s.startsWith(".", j) && digit(s, j + 1)) {
                int k = j + 1;
                while (digit(s, k)) {
                    k++;
                }
                if (s.startsWith(".", k) && digit(s, k + 1)) {
                    int m = k + 1;
                    while (digit(s, m)) {
                        m++;
                    }
                    String unitWord = unitAt(s, m);
                    Unit unit = unitWord == null ? null : unitOf(unitWord, s, m);
                    if (unit != null && (unit.kind() == Unit.Kind.MONEY || unit == Unit.PERCENT)) {
                        malformed.add(new Malformed(start, m + unitWord.length(), s.substring(start, m + unitWord.length()),
                                unit, readings(s.substring(start, m))));
                    }
                    i = m;
                    continue;
                }
                j = k;
            }
            String number = s.substring(start, j).replace(",", "");
            int u = j;
            boolean approximate = false;
            if (u < n && (s.charAt(u) == '余' || s.charAt(u) == '多') && unitAt(s, u + 1) != null) {
                approximate = true;
                u++;
            }
            String unitWord = unitAt(s, u);
            if (unitWord == null) {
                i = j;
                continue;
            }
            Unit unit = unitOf(unitWord, s, u);
            int end = u + unitWord.length();
            if (unit == Unit.YEAR && (number.contains(".") || number.length() != 4)) {
                unit = number.contains(".") ? null : Unit.OTHER;
            }
            if (unit == null) {
                i = end;
                continue;
            }
            if (unit == Unit.COUNT && s.startsWith("百分点", end)) {
                unit = Unit.OTHER;
            }
            int after = s.startsWith("（含）", end) || s.startsWith("(含)", end) ? end + 3 : end;
            approximate |= startsWithAny(s, after, APPROX_AFTER) || endsWithAny(s, start, APPROX_BEFORE);
            boolean range = rangeBefore(s, start) || (end < n && RANGE.indexOf(s.charAt(end)) >= 0 && digit(s, end + 1))
                    || (j < n && RANGE.indexOf(s.charAt(j)) >= 0 && digit(s, j + 1));
            if (bracketed(s, start, j)) {
                unit = Unit.OTHER;
            }
            String measure = unit == Unit.COUNT || unit == Unit.OTHER ? unitWord : "";
            quantities.add(new Quantity(start, end, new BigDecimal(number), unit, measure, approximate, range));
            i = end;
        }
        return new Scan(List.copyOf(quantities), List.copyOf(malformed));
    }

    private static Unit unitOf(String word, String s, int at) {
        return switch (word) {
            case "亿元" -> Unit.YI_YUAN;
            case "万元" -> Unit.WAN_YUAN;
            case "元" -> Unit.YUAN;
            case "万" -> unitAt(s, at + 1) == null ? Unit.WAN_YUAN : null;
            case "亿" -> unitAt(s, at + 1) == null ? Unit.YI_YUAN : null;
            case "%" -> Unit.PERCENT;
            case "分" -> s.startsWith("别", at + 1) ? null : Unit.SCORE;
            case "年" -> Unit.YEAR;
            case "月", "日", "号" -> Unit.DATE_PART;
            case "平方米" -> Unit.OTHER;
            default -> Unit.COUNT;
        };
    }

    private static String unitAt(String s, int at) {
        for (String unit : UNITS) {
            if (s.startsWith(unit, at)) {
                return unit;
            }
        }
        return null;
    }

    /** Two numbers run together ("189.67190.2"): every split of the middle digits, two decimals first. */
    private static List<Malformed.Reading> readings(String written) {
        int first = written.indexOf('.');
        int second = written.indexOf('.', first + 1);
        String middle = written.substring(first + 1, second);
        List<Malformed.Reading> readings = new ArrayList<>();
        for (int cut = 1; cut < middle.length(); cut++) {
            if (middle.charAt(cut) == '0' && cut < middle.length() - 1) {
                continue;
            }
            Malformed.Reading reading = new Malformed.Reading(new BigDecimal(written.substring(0, first + 1 + cut)),
                    new BigDecimal(middle.substring(cut) + written.substring(second)));
            readings.add(cut == 2 ? 0 : readings.size(), reading);
        }
        return List.copyOf(readings);
    }

    private static boolean rangeBefore(String s, int start) {
        if (start < 2 || RANGE.indexOf(s.charAt(start - 1)) < 0) {
            return false;
        }
        char before = s.charAt(start - 2);
        return Character.isDigit(before) || "分个%元月年人项".indexOf(before) >= 0;
    }

    private static boolean bracketed(String s, int start, int end) {
        return start > 0 && end < s.length() && "〔[【(（".indexOf(s.charAt(start - 1)) >= 0
                && "〕]】)）".indexOf(s.charAt(end)) >= 0;
    }

    private static boolean startsWithAny(String s, int at, String[] words) {
        for (String word : words) {
            if (s.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, int at, String[] words) {
        String before = s.substring(Math.max(0, at - 3), at).stripTrailing();
        for (String word : words) {
            if (before.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(String s, int at) {
        return at >= 0 && at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9';
    }

    private static boolean letter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }
}
