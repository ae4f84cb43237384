package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the totals and their listed parts out of the sentences of a report. */
final class Breakdowns {

    static final Pattern MARKER = Pattern.compile(
            "(?<!不)(其中包括|其中|主要包括|具体包括|具体包含|具体为|主要用于以下方面|主要用于|主要是|包括|包含|分别为|分别是)[：:，,]?");
    private static final Pattern LEADING_MARKER = Pattern.compile("^(" + MARKER.pattern() + ")");
    private static final Pattern NOT_A_PART = Pattern.compile(
            "增加|减少|增长|下降|上升|降低|相比|比上年|较|结余|节约|共计|合计|总计|累计|追加|调增|调减|调整后|全年预算|总预算|总额");
    private static final Pattern NOT_A_HEAD = Pattern.compile("增加|减少|增长|下降|上升|降低|结余|节约");
    private static final Pattern CATCH_ALL = Pattern.compile("^其他(收入|支出|资金|经费|费用|项目)?$");
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)");
    private static final Pattern BARE_SHARE = Pattern.compile("占(比)?(为)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Breakdowns() {
    }

    static List<Breakdown> of(Report report) {
        List<Breakdown> result = new ArrayList<>();
        for (Sentence sentence : report.sentences()) {
            boolean opensLines = report.s().substring(sentence.start(), sentence.end()).strip().matches(".*其中[：:]?");
            if (!opensLines && sentence.quantities().size() < 2 && sentence.quantities().stream().noneMatch(Quantity::isMoney)) {
                continue;
            }
            List<Breakdown> found = new ArrayList<>();
            Matcher marker = MARKER.matcher(report.s()).region(sentence.start(), sentence.end());
            while (marker.find()) {
                Breakdown b = listAfter(report, sentence, marker.start(), marker.end(), marker.group(1));
                if (b != null) {
                    found.add(b);
                }
            }
            found.addAll(parenthesised(report, sentence, found));
            Breakdown shares = sharesWithoutMarker(report, sentence, found);
            if (shares != null) {
                found.add(shares);
            }
            result.addAll(found);
        }
        return List.copyOf(result);
    }

    static boolean bareShare(Report report, Quantity percent) {
        return percent.isPercent() && BARE_SHARE.matcher(report.label(percent)).matches();
    }

    private static Breakdown listAfter(Report report, Sentence sentence, int markerStart, int markerEnd, String marker) {
        int depth = report.depth(sentence, markerStart);
        int stop = nextMarker(report, sentence, markerEnd, depth);
        List<Breakdown.Part> parts = new ArrayList<>();
        Quantity first = null;
        for (Quantity q : sentence.quantities()) {
            if (q.start() < markerEnd) {
                continue;
            }
            int d = report.depth(sentence, q.start());
            if (d < depth || q.start() >= stop) {
                break;
            }
            if (d > depth) {
                continue;
            }
            if (first == null && (q.isMoney() || q.isCount() || (q.unit() == Unit.SCORE && q.exact()))) {
                first = q;
            }
            if (first != null && q.isPercent() && bareShare(report, q) && !parts.isEmpty()) {
                Breakdown.Part last = parts.remove(parts.size() - 1);
                parts.add(new Breakdown.Part(last.amount(), last.label(), q));
                continue;
            }
            if (first == null || !q.sameKindAs(first)) {
                continue;
            }
            String label = LEADING_MARKER.matcher(report.label(q)).replaceFirst("");
            if (NOT_A_PART.matcher(label).find()) {
                break;
            }
            if (!q.exact()) {
                return null;
            }
            parts.add(new Breakdown.Part(q, label, null));
        }
        if (!parts.isEmpty() && stop < sentence.end() && parts.get(parts.size() - 1).amount().end() <= stop
                && report.s().substring(parts.get(parts.size() - 1).amount().end(), stop).matches("[，,：:\\s]*")) {
            parts.remove(parts.size() - 1);
        }
        if (parts.isEmpty() && marker.equals("其中") && report.s().substring(markerEnd, sentence.end()).isBlank()) {
            parts.addAll(itemLines(report, sentence));
            first = parts.isEmpty() ? null : parts.get(0).amount();
        }
        if (parts.isEmpty()) {
            return null;
        }
        List<Quantity> heads = heads(report, sentence, markerStart, depth, first);
        if (heads.isEmpty() && marker.equals("其中") && report.s().substring(sentence.start(), markerStart).isBlank()) {
            Sentence previous = report.previousOnLine(sentence);
            if (previous != null && first.isMoney()) {
                previous.quantities().stream()
                        .filter(q -> q.isMoney() && q.exact() && !NOT_A_HEAD.matcher(report.label(q)).find())
                        .reduce((a, b) -> b).ifPresent(heads::add);
            }
        }
        return new Breakdown(sentence, marker, markerStart, List.copyOf(heads), List.copyOf(parts),
                exhaustive(marker, parts));
    }

    /**
     * "…基本支出200.09万元，其中：⏎人员经费184.56万元，…⏎公用经费15.52万元，…": a line that ends with 其中
     * and the lines after it, each giving one amount (its first), up to a blank line, a table or a
     * heading. Fewer than two such lines make no list.
     */
    private static List<Breakdown.Part> itemLines(Report report, Sentence opening) {
        List<Breakdown.Part> parts = new ArrayList<>();
        List<Sentence> sentences = report.sentences();
        String s = report.s();
        int i = opening.index() + 1;
        while (i < sentences.size()) {
            int lineStart = sentences.get(i).lineStart();
            int lineEnd = s.indexOf('\n', lineStart);
            String line = s.substring(lineStart, lineEnd < 0 ? s.length() : lineEnd);
            if (line.isBlank() || line.startsWith("\t") || HEADING.matcher(line).find()) {
                break;
            }
            Quantity amount = null;
            for (; i < sentences.size() && sentences.get(i).lineStart() == lineStart; i++) {
                if (amount == null) {
                    amount = sentences.get(i).quantities().stream().filter(Quantity::isMoney).findFirst().orElse(null);
                }
            }
            if (amount == null) {
                break;
            }
            if (!amount.exact()) {
                return List.of();
            }
            parts.add(new Breakdown.Part(amount, report.label(amount), null));
        }
        return parts.size() >= 2 ? parts : List.of();
    }

    /**
     * Where a nested list opens, which ends this one. "主要包括：基本工资、津贴补贴；" lists names, not
     * amounts, before its clause ends: it does not end the list around it.
     */
    private static int nextMarker(Report report, Sentence sentence, int from, int depth) {
        Matcher next = MARKER.matcher(report.s()).region(from, sentence.end());
        while (next.find()) {
            if (report.depth(sentence, next.start()) == depth && opensAmounts(report, sentence, next.end())) {
                return next.start();
            }
        }
        return sentence.end();
    }

    private static boolean opensAmounts(Report report, Sentence sentence, int from) {
        int clauseEnd = from;
        while (clauseEnd < sentence.end() && "；;".indexOf(report.s().charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        int end = clauseEnd;
        return sentence.quantities().stream().anyMatch(q -> q.start() >= from && q.start() < end && (q.isMoney() || q.isCount()));
    }

    private static List<Quantity> heads(Report report, Sentence sentence, int before, int depth, Quantity first) {
        List<Quantity> heads = new ArrayList<>();
        for (Quantity q : sentence.quantities()) {
            if (q.start() >= before) {
                break;
            }
            if (q.sameKindAs(first) && q.exact() && report.depth(sentence, q.start()) <= depth
                    && !NOT_A_HEAD.matcher(report.label(q)).find()) {
                heads.add(q);
            }
        }
        return heads;
    }

    /** "在职干部12人（行政编10人，事业编2人）": a total followed by a parenthesis that lists its parts. */
    private static List<Breakdown> parenthesised(Report report, Sentence sentence, List<Breakdown> withMarkers) {
        List<Breakdown> result = new ArrayList<>();
        String s = report.s();
        for (Quantity head : sentence.quantities()) {
            if (!(head.isMoney() || head.isCount()) || !head.exact()) {
                continue;
            }
            int at = head.end();
            while (at < sentence.end() && (s.charAt(at) == ' ' || s.charAt(at) == '，')) {
                at++;
            }
            int open = at;
            if (open >= sentence.end() || (s.charAt(open) != '（' && s.charAt(open) != '(')) {
                continue;
            }
            int depth = report.depth(sentence, open) + 1;
            if (withMarkers.stream().anyMatch(b -> b.markerStart() > open && report.depth(sentence, b.markerStart()) == depth
                    && b.markerStart() < closeOf(report, sentence, open))) {
                continue;
            }
            List<Breakdown.Part> parts = new ArrayList<>();
            boolean exact = true;
            for (Quantity q : sentence.quantities()) {
                if (q.start() <= open) {
                    continue;
                }
                int d = report.depth(sentence, q.start());
                if (d < depth) {
                    break;
                }
                if (d == depth && q.sameKindAs(head)) {
                    exact &= q.exact();
                    parts.add(new Breakdown.Part(q, report.label(q), null));
                }
            }
            if (exact && parts.size() >= 2) {
                result.add(new Breakdown(sentence, "（", open, List.of(head), List.copyOf(parts), false));
            }
        }
        return result;
    }

    private static int closeOf(Report report, Sentence sentence, int open) {
        int depth = report.depth(sentence, open) + 1;
        for (int i = open + 1; i < sentence.end(); i++) {
            if (report.depth(sentence, i + 1) < depth) {
                return i;
            }
        }
        return sentence.end();
    }

    /** "配置资产1013.23万元，…配置设备413.54万元，占40.81%；…": parts with shares and no opening words. */
    private static Breakdown sharesWithoutMarker(Report report, Sentence sentence, List<Breakdown> found) {
        List<Quantity> qs = sentence.quantities();
        List<Breakdown.Part> parts = new ArrayList<>();
        for (int i = 1; i < qs.size(); i++) {
            Quantity share = qs.get(i);
            if (!bareShare(report, share) || claimed(found, share)) {
                continue;
            }
            Quantity amount = qs.get(i - 1);
            if (!(amount.isMoney() || amount.isCount()) || !amount.exact()
                    || (!parts.isEmpty() && !amount.sameKindAs(parts.get(0).amount()))) {
                return null;
            }
            parts.add(new Breakdown.Part(amount, report.label(amount), share));
        }
        if (parts.size() < 2) {
            return null;
        }
        Quantity firstPart = parts.get(0).amount();
        List<Quantity> heads = new ArrayList<>();
        for (Quantity q : qs) {
            if (q.start() >= firstPart.start()) {
                break;
            }
            if (q.sameKindAs(firstPart) && q.exact() && !NOT_A_HEAD.matcher(report.label(q)).find()) {
                heads.add(q);
            }
        }
        List<Quantity> head = heads.isEmpty() ? List.of() : List.of(heads.get(0));
        return new Breakdown(sentence, "", firstPart.start(), head, List.copyOf(parts), exhaustive("", parts));
    }

    private static boolean claimed(List<Breakdown> found, Quantity share) {
        return found.stream().flatMap(b -> b.parts().stream()).anyMatch(p -> p.share() == share);
    }

    private static boolean exhaustive(String marker, List<Breakdown.Part> parts) {
        if (marker.startsWith("分别")) {
            return true;
        }
        if (parts.stream().anyMatch(p -> CATCH_ALL.matcher(p.label()).matches())) {
            return true;
        }
        BigDecimal shares = BigDecimal.ZERO;
        for (Breakdown.Part part : parts) {
            if (part.share() == null) {
                return false;
            }
            shares = shares.add(part.share().value());
        }
        return shares.subtract(HUNDRED).abs().compareTo(new BigDecimal("0.1")) <= 0;
    }
}
