package cn.budgetperf.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CorrectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whenAChangeNamesAnIndexedPath_thenOnlyThatFieldIsSetAndTheFaithfulDocumentStaysAsItWas() {
        JsonNode document = JSON.readTree("{\"selfEvaluation\":{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}]}}");

        JsonNode corrected = Correction.apply(document, JSON.readTree("[{\"path\":\"selfEvaluation.items[1].score\",\"value\":4}]"));

        assertEquals(4, corrected.at("/selfEvaluation/items/1/score").asInt());
        assertFalse(corrected.at("/selfEvaluation/items/0").has("score"));
        assertFalse(document.at("/selfEvaluation/items/1").has("score"));
    }

    @Test
    void whenAChangeHasANullValue_thenTheFieldIsRemoved() {
        JsonNode document = JSON.readTree("{\"plan\":{\"total\":\"10\",\"parts\":[]}}");

        JsonNode corrected = Correction.apply(document, JSON.readTree("[{\"path\":\"plan.parts\",\"value\":null}]"));

        assertEquals("{\"plan\":{\"total\":\"10\"}}", corrected.toString());
    }

    @Test
    void whenAChangeNamesAMissingSection_thenItIsRefused() {
        JsonNode document = JSON.readTree("{}");

        assertThrows(IllegalArgumentException.class,
                () -> Correction.apply(document, JSON.readTree("[{\"path\":\"figures.incomeTotal\",\"value\":\"1\"}]")));
    }
}
