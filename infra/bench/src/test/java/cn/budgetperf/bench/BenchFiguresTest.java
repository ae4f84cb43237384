package cn.budgetperf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class BenchFiguresTest {

    @Test
    void figuresAreExactTwoDecimalAmountsWithSpendingWithinBudget() {
        for (int i = 0; i < 2_000; i++) {
            BenchFigures f = BenchFigures.of(i);
            assertEquals(2, f.budgetTotal().scale());
            assertEquals(2, f.expenditureTotal().scale());
            assertTrue(f.budgetTotal().compareTo(new BigDecimal("1000.00")) >= 0);
            assertTrue(f.budgetTotal().compareTo(new BigDecimal("9999.99")) <= 0);
            assertTrue(f.expenditureTotal().compareTo(f.budgetTotal()) <= 0, "spending above budget for " + i);
            assertTrue(f.expenditureTotal().compareTo(f.budgetTotal().multiply(new BigDecimal("0.90"))) > 0);
        }
    }

    /**
     * The budget service's rules on the three totals (services/budget TotalRules, docs/rules.md), as
     * they decide: none may fire, or the submit answers 422. The bench's documents carry no detail
     * tables, so the rules on tables, classes, projects and scores have nothing to check.
     */
    @Test
    void whenTheBudgetServicesRulesOnTheTotalsCheckAGeneratedDocument_thenNoneFires() {
        for (int i = 0; i < 10_000; i++) {
            BenchFigures f = BenchFigures.of(i);
            assertNotNull(f.incomeTotal(), "EXIST-001 for " + i);
            assertNotNull(f.expenditureTotal(), "EXIST-002 for " + i);
            assertNotNull(f.budgetTotal(), "EXIST-003 for " + i);
            assertTrue(f.budgetTotal().signum() > 0, "EXEC-001 for " + i);
            assertTrue(f.expenditureTotal().compareTo(f.budgetTotal()) <= 0, "EXEC-002 (支出超过预算) for " + i);
            BigDecimal balance = f.budgetTotal().subtract(f.expenditureTotal());
            assertTrue(balance.compareTo(f.budgetTotal().multiply(new BigDecimal("0.10"))) <= 0,
                    "EXEC-003 (结余率超过10%) for " + i + ": " + f);
        }
    }

    @Test
    void whenTheFirst500AreGenerated_thenTheirExecutionRatesSpreadFrom90To100Percent() {
        TreeSet<String> rates = new TreeSet<>();
        for (int i = 0; i < 500; i++) {
            rates.add(BenchFigures.of(i).expectedRatePercent());
        }
        assertTrue(rates.size() > 300, "distinct rates: " + rates.size());
        assertTrue(new BigDecimal(rates.first()).compareTo(new BigDecimal("90.01")) >= 0);
        assertTrue(new BigDecimal(rates.last()).compareTo(new BigDecimal("100.00")) <= 0);
    }

    @Test
    void expectedRateIsRoundedHalfUpLikeTheScoringService() {
        // 2519.12 / 2544.94 = 0.98985... → 98.99 (the example in ExecutionRate's documentation)
        BenchFigures f = new BenchFigures(new BigDecimal("2544.94"), new BigDecimal("2519.12"), new BigDecimal("2544.94"));
        assertEquals("98.99", f.expectedRatePercent());
        assertEquals("100.00", new BenchFigures(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN).expectedRatePercent());
        // 1.125 % exactly: half-up gives 1.13 (half-even would give 1.12)
        assertEquals("1.13", new BenchFigures(BigDecimal.ONE, new BigDecimal("1.125"), new BigDecimal("100")).expectedRatePercent());
    }

    @Test
    void pagePatternFindsTheRateInTheGeneratedSentence() {
        Matcher m = SubmitToPageBench.RATE.matcher("<p>本年支出合计…预算执行率为93.17%，自评得分9.32分（满分10.00分）</p>");
        assertTrue(m.find());
        assertEquals("93.17", m.group(1));
    }

    @Test
    void departmentCodesAreFreshPerRunAndValid() {
        Options o = Options.parse(new String[] {"-n", "500", "-c", "8"}, null, null, LocalDateTime.of(2026, 11, 24, 6, 30, 5));
        assertEquals(5, o.users());
        assertEquals("9926112406300501", o.departmentCode(1));
        assertTrue(o.departmentCode(5).matches("[0-9A-Z]{3,32}"));
        assertEquals("bench-05", Options.username(5));
        assertEquals("admin", o.adminUser());
    }
}
