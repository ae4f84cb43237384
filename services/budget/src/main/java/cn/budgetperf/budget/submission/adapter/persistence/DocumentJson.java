package cn.budgetperf.budget.submission.adapter.persistence;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.submission.application.AuditEntry;
import cn.budgetperf.budget.submission.domain.Explanation;
import cn.budgetperf.budget.submission.domain.ReportDocument;
import cn.budgetperf.budget.submission.domain.Submission;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents and explanations as stored JSON (nulls left out), and the field-by-field difference of two
 * states that the audit trail records.
 */
@Component
class DocumentJson {

    private static final TypeReference<List<Explanation>> EXPLANATIONS = new TypeReference<>() { };

    private final JsonMapper json;

    DocumentJson(JsonMapper json) {
        this.json = json.rebuild()
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    String write(SubmissionDocument document) {
        return json.writeValueAsString(document);
    }

    SubmissionDocument document(String stored) {
        return json.readValue(stored, SubmissionDocument.class);
    }

    String writeExplanations(List<Explanation> explanations) {
        return json.writeValueAsString(explanations);
    }

    List<Explanation> explanations(String stored) {
        return stored == null ? List.of() : json.readValue(stored, EXPLANATIONS);
    }

    String writeReport(ReportDocument report) {
        return report == null ? null : json.writeValueAsString(report);
    }

    ReportDocument report(String stored) {
        return stored == null ? null : json.readValue(stored, ReportDocument.class);
    }

    /** The audited state of a submission: workflow fields, content and explanations. */
    String state(Submission s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> state = new TreeMap<>();
        state.put("status", s.status().name());
        state.put("version", s.version());
        state.put("reviewComment", s.reviewComment());
        state.put("correctionNote", s.correctionNote());
        state.put("document", s.document());
        state.put("explanations", s.explanations());
        state.put("report", s.report());
        return json.writeValueAsString(state);
    }

    /** Every leaf that differs between two states, by path (e.g. {@code document.income.total.actual}). */
    List<AuditEntry.Change> changes(String before, String after) {
        Map<String, String> b = new TreeMap<>();
        Map<String, String> a = new TreeMap<>();
        if (before != null) {
            flatten("", json.readTree(before), b);
        }
        flatten("", json.readTree(after), a);
        List<AuditEntry.Change> changes = new ArrayList<>();
        java.util.SortedSet<String> paths = new java.util.TreeSet<>(b.keySet());
        paths.addAll(a.keySet());
        for (String path : paths) {
            String was = b.get(path);
            String is = a.get(path);
            if (was == null ? is != null : !was.equals(is)) {
                changes.add(new AuditEntry.Change(path, was, is));
            }
        }
        return changes;
    }

    String writeChanges(List<AuditEntry.Change> changes) {
        return json.writeValueAsString(changes);
    }

    List<AuditEntry.Change> changes(String stored) {
        return json.readValue(stored, new TypeReference<List<AuditEntry.Change>>() { });
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(prefix, node.asString());
        }
    }
}
