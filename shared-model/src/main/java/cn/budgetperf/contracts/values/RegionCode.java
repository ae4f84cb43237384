package cn.budgetperf.contracts.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/** An administrative division code of GB/T 2260, six digits (130609 is 保定市徐水区). */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{5}");

    public RegionCode {
        Objects.requireNonNull(value, "regionCode");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("行政区划代码应为6位数字: " + value);
        }
    }

    @JsonCreator
    public static RegionCode of(String value) {
        return new RegionCode(value);
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
