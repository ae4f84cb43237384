package cn.budgetperf.budget.reportcheck.application;

import cn.budgetperf.budget.reportcheck.domain.ReportChecker;
import org.springframework.stereotype.Service;

/** Checks one report as sent: reads it, runs the engine, stores nothing. */
@Service
public class ReportCheckService {

    private final ReportChecker checker = new ReportChecker();

    /** The report read and checked, or {@link UnreadableReport} with the reason in Chinese. */
    public CheckedReport check(byte[] content, ReportFormat format) {
        String text = ReportReader.read(content, format);
        return new CheckedReport(text, checker.check(text));
    }
}
