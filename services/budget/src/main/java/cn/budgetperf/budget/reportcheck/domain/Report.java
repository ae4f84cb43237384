package cn.budgetperf.budget.reportcheck.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report read once: its text, the quantities and malformed numbers in it, and its sentences. */
final class Report {

    private static final Pattern ITEM_AFTER_SEMICOLON = Pattern.compile("；\\s*(?=[（(]\\d{1,2}[）)]|[①-⑳])");
    private static final String CLAUSE_BREAKS = "，,。；;：:、\n（(）)";

    private final ReportText text;
    private final String s;
    private final List<Quantity> quantities;
    private final List<Malformed> malformed;
    private final List<Sentence> sentences;
    private final int[] depths;
    private final int[] labelStarts;
    private List<Breakdown> breakdowns;

    Report(ReportText text) {
        this.text = text;
        this.s = text.normalized();
        QuantityScanner.Scan scan = QuantityScanner.scan(s);
        this.quantities = scan.quantities();
        this.malformed = scan.malformed();
        this.sentences = split();
        this.depths = depths();
        this.labelStarts = new int[quantities.size()];
        java.util.Arrays.fill(labelStarts, -1);
    }

    ReportText text() {
        return text;
    }

    /** The normalised text. */
    String s() {
        return s;
    }

    List<Quantity> quantities() {
        return quantities;
    }

    List<Malformed> malformed() {
        return malformed;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** The totals and their listed parts, read once. */
    List<Breakdown> breakdowns() {
        if (breakdowns == null) {
            breakdowns = Breakdowns.of(this);
        }
        return breakdowns;
    }

    /** The sentence before, if it stands on the same line. */
    Sentence previousOnLine(Sentence sentence) {
        if (sentence.index() == 0) {
            return null;
        }
        Sentence previous = sentences.get(sentence.index() - 1);
        return previous.sameLineAs(sentence) ? previous : null;
    }

    /**
     * What a quantity is the value of: the words before it back to the previous clause break or the
     * previous quantity that is not a date ("一般公共服务支出" for "一般公共服务支出5.15万元").
     */
    String label(Quantity q) {
        return s.substring(labelStart(q), q.start()).strip();
    }

    /** Where the label of a quantity begins. */
    int labelStart(Quantity q) {
        int index = indexOf(q);
        if (index < quantities.size() && quantities.get(index).start() == q.start()) {
            if (labelStarts[index] < 0) {
                labelStarts[index] = findLabelStart(q, index);
            }
            return labelStarts[index];
        }
        return findLabelStart(q, index);
    }

    private int findLabelStart(Quantity q, int index) {
        int from = q.start();
        while (from > 0 && CLAUSE_BREAKS.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int i = index - 1;
        while (i >= 0 && quantities.get(i).end() > from) {
            Quantity other = quantities.get(i);
            if (other.unit().kind() != Unit.Kind.DATE) {
                from = other.end();
                break;
            }
            i--;
        }
        while (from < q.start() && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private int indexOf(Quantity q) {
        int low = 0;
        int high = quantities.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int start = quantities.get(mid).start();
            if (start < q.start()) {
                low = mid + 1;
            } else if (start > q.start()) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return low;
    }

    TextLocation location(int start, int end) {
        return new TextLocation(start, end, text.lineOf(start), text.excerpt(start, end));
    }

    /** The parenthesis depth at an offset of a sentence, counted from the sentence's start. */
    int depth(Sentence sentence, int at) {
        return at <= sentence.start() ? 0 : depths[at];
    }

    private int[] depths() {
        int[] result = new int[s.length() + 1];
        int next = 0;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (next < sentences.size() && sentences.get(next).start() == i) {
                depth = 0;
                next++;
            }
            result[i] = depth;
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        result[s.length()] = depth;
        return result;
    }

    private List<Sentence> split() {
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        Matcher item = ITEM_AFTER_SEMICOLON.matcher(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '\n' || (c == '；' && item.region(i, s.length()).lookingAt());
            if (end) {
                bounds.add(new int[] {start, i, lineStart});
                start = i + 1;
                if (c == '\n') {
                    lineStart = i + 1;
                }
            }
        }
        bounds.add(new int[] {start, s.length(), lineStart});
        List<Sentence> result = new ArrayList<>();
        int q = 0;
        for (int[] b : bounds) {
            if (b[1] <= b[0]) {
                continue;
            }
            while (q < quantities.size() && quantities.get(q).start() < b[0]) {
                q++;
            }
            int from = q;
            while (q < quantities.size() && quantities.get(q).start() < b[1]) {
                q++;
            }
            result.add(new Sentence(result.size(), b[0], b[1], b[2], List.copyOf(quantities.subList(from, q))));
        }
        return List.copyOf(result);
    }
}
