package cn.budgetperf.contracts.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void whenYearIsOutOfRange_thenItIsRefused() {
        assertThatThrownBy(() -> FiscalYear.of(3024)).hasMessageContaining("年度");
        assertThatThrownBy(() -> FiscalYear.of(1999)).hasMessageContaining("年度");
        assertThat(FiscalYear.of(2024).value()).isEqualTo(2024);
    }

    @Test
    void whenDepartmentCodeCouldBreakAPathOrKey_thenItIsRefused() {
        assertThatThrownBy(() -> DepartmentCode.of("../etc")).hasMessageContaining("部门编码");
        assertThatThrownBy(() -> DepartmentCode.of("13:06")).hasMessageContaining("部门编码");
        assertThat(DepartmentCode.of("130609002").value()).isEqualTo("130609002");
    }

    @Test
    void whenRegionCodeIsNotSixDigits_thenItIsRefused() {
        assertThatThrownBy(() -> RegionCode.of("13060")).hasMessageContaining("行政区划代码");
        assertThat(RegionCode.of("510422").value()).isEqualTo("510422");
    }
}
