package cn.budgetperf.portal.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as a clerk reads them: "50.0 MB", "1 MB", "350 KB". */
public final class Sizes {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private Sizes() {
    }

    public static String shown(long bytes) {
        if (bytes >= MB) {
            return bytes % MB == 0 ? bytes / MB + " MB"
                    : BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP).toPlainString() + " MB";
        }
        return Math.max(1, (bytes + KB - 1) / KB) + " KB";
    }
}
