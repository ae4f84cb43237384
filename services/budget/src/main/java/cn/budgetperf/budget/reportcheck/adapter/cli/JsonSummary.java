package cn.budgetperf.budget.reportcheck.adapter.cli;

import cn.budgetperf.budget.reportcheck.domain.ReportFinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The {@code --json} output: an array with one object per file, findings in the shape of the endpoint's. */
final class JsonSummary {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonSummary() {
    }

    static String of(List<ReportCheckCommand.FileResult> results) {
        List<Map<String, Object>> files = results.stream().map(JsonSummary::file).toList();
        return JSON.writeValueAsString(files) + "\n";
    }

    private static Map<String, Object> file(ReportCheckCommand.FileResult result) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", result.file());
        if (result.error() != null) {
            file.put("error", result.error());
            return file;
        }
        List<ReportFinding> findings = result.report().outcome().findings();
        file.put("characters", result.report().text().length());
        file.put("claimsChecked", result.report().outcome().claimsChecked());
        file.put("findings", findings);
        return file;
    }
}
