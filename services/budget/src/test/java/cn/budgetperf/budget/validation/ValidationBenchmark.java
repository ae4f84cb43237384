package cn.budgetperf.budget.validation;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.validation.domain.ClassificationCatalog;
import cn.budgetperf.budget.validation.domain.Finding;
import cn.budgetperf.budget.validation.domain.RuleRegistry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation of a large submission — 100 projects, 200 functional classification lines, the income,
 * expenditure, '三公' and self-evaluation tables — as the service does it for {@code POST /validate}:
 * the rules alone, and the whole request body (JSON read into the document, every rule, the findings
 * written as JSON). Not a test: run by hand (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    private final JsonMapper json = JsonMapper.builder().build();
    private final RuleRegistry registry = RuleRegistry.standard();
    private ClassificationCatalog catalog;
    private SubmissionDocument document;
    private byte[] body;

    /** The request body of the benchmark document, and the codes it uses (for a service-level run). */
    public static ValidationBenchmark prepared() {
        ValidationBenchmark b = new ValidationBenchmark();
        b.build();
        return b;
    }

    public byte[] body() {
        return body;
    }

    public java.util.Set<String> codes() {
        return document.functionalLines().stream().map(l -> l.code()).collect(java.util.stream.Collectors.toSet());
    }

    @Setup
    public void build() {
        Map<String, String> codes = new LinkedHashMap<>();
        StringBuilder lines = new StringBuilder();
        BigDecimal total = BigDecimal.ZERO;
        for (int c = 0; c < 10; c++) {
            String category = String.valueOf(901 + c);
            String section = category + "01";
            BigDecimal sum = BigDecimal.ZERO;
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 18; i++) {
                String item = section + String.format("%02d", i + 1);
                BigDecimal amount = new BigDecimal("12.345678").add(BigDecimal.valueOf(c * 18 + i));
                sum = sum.add(amount);
                codes.put(item, "项" + item);
                items.append(line(item, amount));
            }
            codes.put(category, "类" + category);
            codes.put(section, "款" + section);
            lines.append(line(category, sum)).append(line(section, sum)).append(items);
            total = total.add(sum);
        }
        catalog = ClassificationCatalog.of(codes);
        StringBuilder projects = new StringBuilder();
        BigDecimal projectTotal = BigDecimal.ZERO;
        for (int p = 0; p < 100; p++) {
            BigDecimal budget = BigDecimal.valueOf(10 + p);
            BigDecimal actual = budget.subtract(new BigDecimal("0.5"));
            projectTotal = projectTotal.add(actual);
            projects.append("{\"code\":\"P").append(p).append("\",\"name\":\"项目").append(p).append("\",\"kind\":\"ONGOING\",")
                    .append("\"budget\":\"").append(budget).append("\",\"adjustedBudget\":\"").append(budget)
                    .append("\",\"actual\":\"").append(actual).append("\",\"balanceReturned\":\"0.5\"},");
        }
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            items.append("{\"name\":\"指标").append(i).append("\",\"group\":\"总体绩效/第").append(i / 5)
                    .append("组\",\"maxPoints\":3,\"score\":3},");
        }
        BigDecimal basic = total.subtract(projectTotal);
        String text = "{\"departmentCode\":\"130609002\",\"departmentName\":\"保定市徐水区人力资源和社会保障局\",\"fiscalYear\":2023,"
                + "\"figures\":{\"incomeTotal\":\"" + total + "\",\"expenditureTotal\":\"" + total + "\",\"budgetTotal\":\"" + total + "\"},"
                + "\"income\":{\"generalPublicBudget\":{\"actual\":\"" + total + "\"},\"other\":{\"actual\":\"0\"},"
                + "\"total\":{\"actual\":\"" + total + "\",\"priorYearActual\":\"" + total + "\"},\"carryOverBeginning\":\"0\"},"
                + "\"expenditure\":{\"basic\":{\"actual\":\"" + basic + "\"},\"project\":{\"actual\":\"" + projectTotal + "\"},"
                + "\"total\":{\"actual\":\"" + total + "\",\"adjustedBudget\":\"" + total + "\"},\"carryOverEnd\":\"0\"},"
                + "\"functionalLines\":[" + lines.substring(0, lines.length() - 1) + "],"
                + "\"threePublic\":{\"abroad\":{\"actual\":\"0\"},\"vehiclePurchase\":{\"actual\":\"0\"},\"vehicleOperation\":{\"actual\":\"3.1\"},"
                + "\"reception\":{\"actual\":\"0.86\"},\"total\":{\"actual\":\"3.96\",\"priorYearActual\":\"4.30\"}},"
                + "\"projects\":{\"complete\":true,\"items\":[" + projects.substring(0, projects.length() - 1) + "]},"
                + "\"selfEvaluation\":{\"statedTotal\":90,\"applicableMaximum\":90,\"statedConverted\":100,\"items\":["
                + items.substring(0, items.length() - 1) + "]}}";
        body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        document = json.readValue(body, SubmissionDocument.class);
        List<Finding> findings = registry.validate(document, catalog);
        if (document.functionalLines().size() != 200 || document.projects().items().size() != 100 || !findings.isEmpty()) {
            throw new IllegalStateException("benchmark document is not the intended one: " + findings);
        }
    }

    private static String line(String code, BigDecimal amount) {
        return "{\"code\":\"" + code + "\",\"adjustedBudget\":\"" + amount + "\",\"actual\":\""
                + amount + "\",\"priorYearActual\":\"" + amount + "\"},";
    }

    @Benchmark
    public List<Finding> rules() {
        return registry.validate(document, catalog);
    }

    @Benchmark
    public byte[] requestBody() {
        SubmissionDocument read = json.readValue(body, SubmissionDocument.class);
        return json.writeValueAsBytes(registry.validate(read, catalog));
    }
}
