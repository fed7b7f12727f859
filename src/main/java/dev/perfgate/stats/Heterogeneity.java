package dev.perfgate.stats;

/**
 * Cochran's Q test of "every stratum measured the same change": Q = sum of w_s (theta_s - theta)^2 with
 * the inverse-variance weights w_s, compared with a chi-square on k - 1 degrees of freedom.
 *
 * @param q        the statistic
 * @param df       k - 1
 * @param pValue   upper tail of chi-square(df) at q
 * @param alpha    the level it is judged at (the run's significance alpha)
 * @param rejected whether the strata disagree beyond their noise (p &lt; alpha)
 */
public record Heterogeneity(double q, int df, double pValue, double alpha, boolean rejected) {}
