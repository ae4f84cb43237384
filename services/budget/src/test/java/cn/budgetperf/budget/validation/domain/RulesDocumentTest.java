package cn.budgetperf.budget.validation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulesDocumentTest {

    private static final Path PAGE = Path.of("../../docs/rules.md");

    @Test
    void whenTheRegistryChanges_thenDocsRulesMdIsRegeneratedWithIt() throws IOException {
        String generated = RulesMarkdown.render(RuleRegistry.standard());
        if (Boolean.getBoolean("rules.write")) {
            Files.writeString(PAGE, generated);
        }

        assertThat(Files.readString(PAGE)).as("docs/rules.md is stale: regenerate it with -Drules.write=true").isEqualTo(generated);
    }

    @Test
    void whenTheRegistryIsListed_thenEveryRuleHasATemplateFieldsAndAUniqueId() {
        assertThat(RuleRegistry.standard().definitions()).allSatisfy(r -> {
            assertThat(r.id()).matches("[A-Z]+-[0-9]{3}");
            assertThat(r.template()).isNotBlank();
            assertThat(r.fields()).isNotEmpty();
        });
    }
}
