package cn.budgetperf.contracts.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in 万元 (ten thousand yuan), exact to the fen: at most six decimal places are kept,
 * never more, and never through binary floating point. On the wire it is a decimal string, so that no
 * consumer can lose a digit to binary floating point.
 */
public final class Money implements Comparable<Money> {

    /** 1 fen = 0.000001 万元. */
    public static final int MAX_SCALE = 6;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private final BigDecimal wanYuan;

    private Money(BigDecimal wanYuan) {
        this.wanYuan = wanYuan;
    }

    /** Reads both JSON forms exactly: a decimal string and a JSON number (parsed from its text). */
    @JsonCreator
    public static Money ofWanYuan(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "金额最多保留6位小数（精确到分）: " + amount.toPlainString() + " 万元");
        }
        return new Money(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    public static Money parse(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return ofWanYuan(new BigDecimal(amount.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("不是有效的金额: " + amount, e);
        }
    }

    public BigDecimal wanYuan() {
        return wanYuan;
    }

    public boolean isNegative() {
        return wanYuan.signum() < 0;
    }

    public Money plus(Money other) {
        return new Money(wanYuan.add(other.wanYuan));
    }

    public Money minus(Money other) {
        return new Money(wanYuan.subtract(other.wanYuan));
    }

    /** The amount as shown to people: 万元 rounded half-up to two decimals, e.g. {@code 2544.94}. */
    public String display() {
        return wanYuan.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @JsonValue
    @Override
    public String toString() {
        return wanYuan.toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return wanYuan.compareTo(other.wanYuan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && wanYuan.compareTo(other.wanYuan) == 0;
    }

    @Override
    public int hashCode() {
        return wanYuan.stripTrailingZeros().hashCode();
    }
}
