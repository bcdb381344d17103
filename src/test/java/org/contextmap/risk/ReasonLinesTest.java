package org.contextmap.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.contextmap.risk.model.Outlook;
import org.contextmap.risk.model.RiskBand;
import org.junit.jupiter.api.Test;

/** The probability in words a practitioner reads beside the band. */
class ReasonLinesTest {

    @Test
    void theProbabilityInPlainWords() {
        assertThat(ReasonLines.outlook(new Outlook(90, 1 / 12.0, 4.1, RiskBand.HIGH))).isEqualTo(
                "A chance of about 1 in 12 of being harmed over the next three months (8%); about 4 times the average "
                        + "for this city.");
        assertThat(ReasonLines.outlook(new Outlook(90, 0.52, 4.6, RiskBand.HIGH)))
                .startsWith("A chance of about 5 in 10 of being harmed");
        assertThat(ReasonLines.outlook(new Outlook(90, 0.98, 8.6, RiskBand.HIGH)))
                .isEqualTo("Very likely to be harmed over the next three months (98%); about 9 times the average for "
                        + "this city.");
        assertThat(ReasonLines.outlook(new Outlook(30, 0.02, 0.4, RiskBand.LOW)))
                .isEqualTo("A chance of about 1 in 50 of being harmed over the next 30 days (2%); below the average "
                        + "for this city.");
        assertThat(ReasonLines.outlook(new Outlook(90, 0.11, 1.0, RiskBand.LOW))).contains("about the average");
        assertThat(ReasonLines.outlook(new Outlook(90, 0.16, 1.4, RiskBand.LOW))).contains("about 1.4 times");
        assertThat(ReasonLines.outlook(new Outlook(90, null, null, RiskBand.LOW))).contains("not yet enough");
    }
}
