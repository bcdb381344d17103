package org.contextmap.base;


/**
 * The direction of harm between one period and the one before it of the same length. Rising when
 * the later period has at least a quarter more harm (or some where there was none), falling when
 * it has at least a fifth less, otherwise stable.
 */
public enum Trend implements Labelled {
    RISING("Rising"),
    STABLE("Stable"),
    FALLING("Falling");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The word with an arrow before it, for tables: the arrow for a glance, the word so colour and shape are not needed. */
    public String withArrow() {
        return switch (this) {
            case RISING -> "↑ Rising";
            case FALLING -> "↓ Falling";
            case STABLE -> "→ Stable";
        };
    }

    /** The trend from {@code previous} to {@code current}. */
    public static Trend of(double current, double previous) {
        if (current > previous * 1.25 + 1e-9) {
            return RISING;
        }
        if (current < previous * 0.8 - 1e-9) {
            return FALLING;
        }
        return STABLE;
    }
}
