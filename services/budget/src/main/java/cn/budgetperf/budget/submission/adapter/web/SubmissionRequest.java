package cn.budgetperf.budget.submission.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A draft as the department sends it; amounts in 万元, at most six decimals. */
record SubmissionRequest(
        @NotBlank(message = "缺少部门编码")
        @Pattern(regexp = "[0-9A-Z]{3,32}", message = "部门编码应为3至32位数字或大写字母")
        String departmentCode,
        @NotBlank(message = "缺少部门名称") @Size(max = 100, message = "部门名称不能超过100个字")
        String departmentName,
        @NotNull(message = "缺少年度") @Min(value = 2000, message = "年度不能早于2000年") @Max(value = 2099, message = "年度不能晚于2099年")
        Integer fiscalYear,
        @NotNull(message = "缺少金额（figures）") @Valid
        FiguresRequest figures) {

    record FiguresRequest(
            @NotNull(message = "缺少本年收入合计") @DecimalMin(value = "0", message = "金额不能为负数")
            @Digits(integer = 12, fraction = 6, message = "金额最多12位整数、6位小数（万元，精确到分）")
            BigDecimal incomeTotal,
            @NotNull(message = "缺少本年支出合计") @DecimalMin(value = "0", message = "金额不能为负数")
            @Digits(integer = 12, fraction = 6, message = "金额最多12位整数、6位小数（万元，精确到分）")
            BigDecimal expenditureTotal,
            @NotNull(message = "缺少全年预算数") @DecimalMin(value = "0", message = "金额不能为负数")
            @Digits(integer = 12, fraction = 6, message = "金额最多12位整数、6位小数（万元，精确到分）")
            BigDecimal budgetTotal) {
    }
}
