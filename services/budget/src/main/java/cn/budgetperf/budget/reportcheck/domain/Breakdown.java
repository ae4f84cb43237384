package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A total and the parts a sentence lists for it ("总计X万元，其中：A a万元，B b万元…"), with the shares
 * ("占P%") written beside the parts.
 *
 * @param heads      the quantities before the list that may be its total, nearest last (may be empty)
 * @param marker     the words that open the list (其中, 包括, 主要用于…; "（" for a parenthesis)
 * @param exhaustive whether the list claims to be complete (分别为, an "其他" part, shares adding to 100%)
 */
record Breakdown(Sentence sentence, String marker, int markerStart, List<Quantity> heads, List<Part> parts,
                 boolean exhaustive) {

    /** One listed part, its label and the share written beside it, if any. */
    record Part(Quantity amount, String label, Quantity share) {
    }

    Quantity nearestHead() {
        return heads.isEmpty() ? null : heads.get(heads.size() - 1);
    }

    BigDecimal sum() {
        return parts.stream().map(p -> p.amount().comparable()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Half a written place per addend (DESIGN §6.1: 0.005 万元 per addend). */
    BigDecimal tolerance() {
        return parts.stream().map(p -> p.amount().tolerance()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the shares written beside the parts, or null when some part has none. */
    BigDecimal shareSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.share() == null) {
                return null;
            }
            sum = sum.add(part.share().value());
        }
        return sum;
    }

    int end() {
        Part last = parts.get(parts.size() - 1);
        return last.share() != null ? last.share().end() : last.amount().end();
    }

    int start(Report report) {
        Quantity head = nearestHead();
        if (head != null) {
            return report.labelStart(head);
        }
        int start = sentence.start();
        while (start < markerStart && Character.isWhitespace(report.s().charAt(start))) {
            start++;
        }
        return start;
    }
}
