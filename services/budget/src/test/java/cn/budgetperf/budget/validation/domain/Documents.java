package cn.budgetperf.budget.validation.domain;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/** Documents for rule tests, written as the JSON a department sends, and the shipped code table. */
final class Documents {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "\"departmentCode\":\"130609002\",\"departmentName\":\"保定市徐水区人力资源和社会保障局\",\"fiscalYear\":2023";
    private static ClassificationCatalog shipped;

    private Documents() {
    }

    /** A document with the header of 徐水人社局 2023 and the given sections, e.g. {@code "income":{…}}. */
    static SubmissionDocument with(String sections) {
        String body = sections.isBlank() ? "{" + HEADER + "}" : "{" + HEADER + "," + sections + "}";
        return JSON.readValue(body, SubmissionDocument.class);
    }

    /** The code table as the Flyway migrations ship it. */
    static synchronized ClassificationCatalog shippedCatalog() {
        if (shipped == null) {
            Map<String, String> codes = new LinkedHashMap<>();
            Pattern row = Pattern.compile("\\('([0-9]{3,7})', '([^']+)', 'system'\\)");
            try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
                for (Path file : files.sorted().toList()) {
                    Matcher m = row.matcher(Files.readString(file));
                    while (m.find()) {
                        codes.put(m.group(1), m.group(2));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = ClassificationCatalog.of(codes);
        }
        return shipped;
    }
}
