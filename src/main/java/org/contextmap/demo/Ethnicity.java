package org.contextmap.demo;

import static org.contextmap.demo.NameBackground.AFRICAN;
import static org.contextmap.demo.NameBackground.ARAB;
import static org.contextmap.demo.NameBackground.BANGLADESHI;
import static org.contextmap.demo.NameBackground.BRITISH;
import static org.contextmap.demo.NameBackground.CARIBBEAN;
import static org.contextmap.demo.NameBackground.CHINESE;
import static org.contextmap.demo.NameBackground.EAST_EUROPEAN;
import static org.contextmap.demo.NameBackground.INDIAN;
import static org.contextmap.demo.NameBackground.IRISH;
import static org.contextmap.demo.NameBackground.PAKISTANI;

import java.util.SplittableRandom;

/**
 * Ethnicity in the wording of the UK census categories, with a share of an English city's
 * adolescents and the name backgrounds that fit. In the synthetic city no risk depends on
 * ethnicity; any disproportionality a report finds comes from neighbourhood composition only.
 */
enum Ethnicity {
    WHITE_BRITISH("White British", 60, new NameBackground[] {BRITISH}, new NameBackground[] {BRITISH}),
    WHITE_IRISH("White – Irish", 1, new NameBackground[] {IRISH}, new NameBackground[] {IRISH, BRITISH}),
    WHITE_TRAVELLER("White – Gypsy or Irish Traveller", 0.6, new NameBackground[] {IRISH, BRITISH},
            new NameBackground[] {BRITISH, IRISH}),
    WHITE_OTHER("White – Other", 6, new NameBackground[] {EAST_EUROPEAN}, new NameBackground[] {EAST_EUROPEAN}),
    MIXED_WHITE_BLACK_CARIBBEAN("Mixed – White and Black Caribbean", 3, new NameBackground[] {BRITISH, CARIBBEAN},
            new NameBackground[] {BRITISH, CARIBBEAN}),
    MIXED_WHITE_BLACK_AFRICAN("Mixed – White and Black African", 1.5, new NameBackground[] {BRITISH, AFRICAN},
            new NameBackground[] {BRITISH, AFRICAN}),
    MIXED_WHITE_ASIAN("Mixed – White and Asian", 2, new NameBackground[] {BRITISH, PAKISTANI, INDIAN},
            new NameBackground[] {BRITISH, INDIAN, PAKISTANI}),
    MIXED_OTHER("Mixed – Other", 2, new NameBackground[] {BRITISH, ARAB, CHINESE, CARIBBEAN},
            new NameBackground[] {BRITISH, CARIBBEAN, ARAB}),
    ASIAN_INDIAN("Asian British – Indian", 4, new NameBackground[] {INDIAN}, new NameBackground[] {INDIAN}),
    ASIAN_PAKISTANI("Asian British – Pakistani", 6, new NameBackground[] {PAKISTANI},
            new NameBackground[] {PAKISTANI}),
    ASIAN_BANGLADESHI("Asian British – Bangladeshi", 2, new NameBackground[] {BANGLADESHI},
            new NameBackground[] {BANGLADESHI}),
    ASIAN_CHINESE("Asian British – Chinese", 1, new NameBackground[] {CHINESE, BRITISH},
            new NameBackground[] {CHINESE}),
    ASIAN_OTHER("Asian British – Other", 1.5, new NameBackground[] {INDIAN, PAKISTANI, BANGLADESHI},
            new NameBackground[] {INDIAN, PAKISTANI}),
    BLACK_CARIBBEAN("Black Caribbean", 2.5, new NameBackground[] {CARIBBEAN}, new NameBackground[] {CARIBBEAN}),
    BLACK_AFRICAN("Black African", 4, new NameBackground[] {AFRICAN}, new NameBackground[] {AFRICAN}),
    BLACK_OTHER("Black – Other", 0.6, new NameBackground[] {CARIBBEAN, AFRICAN},
            new NameBackground[] {CARIBBEAN, AFRICAN}),
    ARAB_ETHNICITY("Arab", 0.6, new NameBackground[] {ARAB}, new NameBackground[] {ARAB}),
    OTHER("Other ethnic group", 0.6, new NameBackground[] {BRITISH, ARAB, EAST_EUROPEAN},
            new NameBackground[] {ARAB, EAST_EUROPEAN, BRITISH}),
    NOT_KNOWN("Not known", 1, new NameBackground[] {BRITISH, CARIBBEAN, PAKISTANI},
            new NameBackground[] {BRITISH, CARIBBEAN, PAKISTANI});

    final String label;
    final double share;
    private final NameBackground[] firstNames;
    private final NameBackground[] surnames;

    Ethnicity(String label, double share, NameBackground[] firstNames, NameBackground[] surnames) {
        this.label = label;
        this.share = share;
        this.firstNames = firstNames;
        this.surnames = surnames;
    }

    NameBackground firstNameBackground(SplittableRandom random) {
        return firstNames[random.nextInt(firstNames.length)];
    }

    NameBackground surnameBackground(SplittableRandom random) {
        return surnames[random.nextInt(surnames.length)];
    }
}
