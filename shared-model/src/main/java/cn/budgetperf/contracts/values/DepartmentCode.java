package cn.budgetperf.contracts.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A budget department's code (预算单位编码): 3 to 32 ASCII digits or capital letters, safe in a URL
 * path and a Kafka key.
 */
public record DepartmentCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{3,32}");

    public DepartmentCode {
        Objects.requireNonNull(value, "departmentCode");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("部门编码应为3至32位数字或大写字母: " + value);
        }
    }

    @JsonCreator
    public static DepartmentCode of(String value) {
        return new DepartmentCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
