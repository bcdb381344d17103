package org.contextmap.risk.model;

/**
 * What a score means for one child: the probability of being harmed (as the victim of an incident
 * the model counts) within the outlook, how many times the city's average that is, and the band.
 *
 * @param probability  null while the history is too short to calibrate
 * @param timesAverage the probability over the city's average; null with it
 */
public record Outlook(int days, Double probability, Double timesAverage, RiskBand band) {

    /** The outlook of a score under a calibration (null: none yet). */
    public static Outlook of(double score, Calibration calibration, RiskParameters parameters) {
        if (calibration == null || !(calibration.baseRate() > 0)) {
            return new Outlook(parameters.outlookDays(), null, null, parameters.band(score, null));
        }
        double p = calibration.probability(score);
        double times = p / calibration.baseRate();
        return new Outlook(parameters.outlookDays(), p, times, parameters.band(score, times));
    }
}
