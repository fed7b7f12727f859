package dev.perfgate.report;

import java.util.ArrayList;
import java.util.List;

/** Maps a data range onto pixels, with "nice" tick values (1, 2, 5 × 10^k) a reader can take in. */
final class LinearScale {

    private final double domainLow;
    private final double domainHigh;
    private final double rangeLow;
    private final double rangeHigh;
    private final double step;

    /**
     * @param low       smallest value to show
     * @param high      largest value to show
     * @param rangeLow  pixel of the low end (for a y axis: the bottom)
     * @param rangeHigh pixel of the high end
     */
    LinearScale(double low, double high, double rangeLow, double rangeHigh, int wantedTicks) {
        if (!(high > low)) { // one value, or none: open a window around it
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        this.step = niceStep((high - low) / Math.max(1, wantedTicks));
        this.domainLow = Math.floor(low / step) * step;
        this.domainHigh = Math.ceil(high / step) * step;
        this.rangeLow = rangeLow;
        this.rangeHigh = rangeHigh;
    }

    double map(double value) {
        return rangeLow + (value - domainLow) / (domainHigh - domainLow) * (rangeHigh - rangeLow);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double t = domainLow; t <= domainHigh + step / 2; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
