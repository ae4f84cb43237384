package cn.budgetperf.indicator.framework.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.indicator.framework.domain.Framework;
import cn.budgetperf.indicator.framework.domain.FrameworkItem;
import cn.budgetperf.indicator.framework.domain.Leaf;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/** The frameworks shipped as data pass every check, and add up as the seeds print them. */
class ShippedFrameworksTest {

    private static final Map<String, Framework> SHIPPED = load();

    private static Map<String, Framework> load() {
        try {
            JsonMapper json = JsonMapper.builder().build();
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(FrameworkCatalogue.LOCATION))
                    .map(r -> FrameworkCatalogue.read(json, r))
                    .map(d -> d.toDomain(d.id(), d.version()))
                    .collect(Collectors.toMap(Framework::id, Function.identity()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> maxima(List<FrameworkItem> items) {
        return items.stream().map(i -> i.maxPoints().intValueExact()).toList();
    }

    @Test
    void whenTheShippedFrameworksAreRead_thenTheSeedsThreeAndTheMinistryTableAreThere() {
        assertThat(SHIPPED).containsOnlyKeys("mof-project-2020", "yanbian-dept-2024", "junshan-dept-2024", "xushui-dept-2023",
                "xushui-dept-2024");
    }

    @Test
    void whenYanbiansTableIsRead_thenItsWeightsAddUpAsPrinted() {
        Framework yanbian = SHIPPED.get("yanbian-dept-2024");
        FrameworkItem overall = yanbian.items().get(0);
        FrameworkItem project = yanbian.items().get(1);

        assertThat(overall.maxPoints()).isEqualByComparingTo("65");
        assertThat(maxima(overall.children())).containsExactly(15, 28, 10, 6, 6);
        assertThat(maxima(overall.children().get(1).children())).containsExactly(8, 3, 4, 6, 2, 5);
        assertThat(maxima(overall.children().get(2).children())).containsExactly(4, 2, 4);
        assertThat(project.maxPoints()).isEqualByComparingTo("35");
        assertThat(maxima(project.children())).containsExactly(12, 12, 11);
        assertThat(maxima(project.children().get(2).children())).containsExactly(4, 4, 3);
        assertThat(yanbian.items().get(2).name()).isEqualTo("扣分项");
        assertThat(yanbian.maxTotal()).isEqualByComparingTo("100");
    }

    @Test
    void whenYanbiansItemsAreFlattened_thenTwentyThreeScoredItemsAndTheDeductionRemain() {
        List<Leaf> leaves = SHIPPED.get("yanbian-dept-2024").leaves();

        assertThat(leaves).hasSize(24);
        assertThat(leaves.stream().filter(Leaf::deduction)).singleElement()
                .satisfies(l -> {
                    assertThat(l.name()).isEqualTo("扣分项 › 被评价部门配合度");
                    assertThat(l.maxPoints()).isEqualByComparingTo("10");
                });
        assertThat(leaves).filteredOn(l -> l.id().equals("yanbian-dept-2024/overall/finance/system")).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("财务管理 › 财务管理制度"));
        assertThat(leaves.stream().filter(l -> !l.deduction()).map(Leaf::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
    }

    @Test
    void whenJunshansTableIsRead_thenItWeighs10_20_70WithEvidence() {
        Framework junshan = SHIPPED.get("junshan-dept-2024");

        assertThat(maxima(junshan.items())).containsExactly(10, 20, 70);
        assertThat(maxima(junshan.items().get(0).children())).containsExactly(8, 2);
        assertThat(maxima(junshan.items().get(2).children())).containsExactly(15, 20, 20, 15);
        assertThat(junshan.items().get(0).children().get(0).evidence()).isEqualTo("绩效自评通知盖章的电子版");
        assertThat(junshan.maxTotal()).isEqualByComparingTo("100");
    }

    @Test
    void whenXushuisCategoriesAreRead_thenTheirMaximaAreLeftToConfiguration() {
        Framework y2023 = SHIPPED.get("xushui-dept-2023");
        Framework y2024 = SHIPPED.get("xushui-dept-2024");

        assertThat(y2023.items()).extracting(FrameworkItem::name).containsExactly("重大政策落实", "预算编制管理", "预算执行管理",
                "预算绩效管理", "资产管理", "债务管理", "预算透明度", "预算信息化", "参与财政改革创新", "存在问题");
        assertThat(y2023.leaves()).allMatch(Leaf::configurable);
        assertThat(y2023.maxTotal()).isNull();
        assertThat(y2024.items()).hasSize(6);
        assertThat(y2024.code()).isEqualTo(y2023.code());
        assertThat(y2024.version()).isEqualTo(2);
    }

    @Test
    void whenTheMinistryTableIsRead_thenItWeighs10_50_30_10() {
        assertThat(maxima(SHIPPED.get("mof-project-2020").items())).containsExactly(10, 50, 30, 10);
    }
}
