package org.contextmap.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.contextmap.place.LocationType;

/**
 * Invented English place names for the fictional city of Ashbury: neighbourhoods from an old
 * word and an ending ("Northgate", "Millfield"), streets, parks, estates and schools named after
 * them. Names are kept unique so that nobody confuses two places on a map.
 */
final class PlaceNames {

    static final String CITY = "Ashbury";

    private static final String[] STEMS = {"North", "South", "East", "West", "Mill", "Ash", "Oak", "Brook", "Kings",
        "Church", "Castle", "Elm", "Green", "High", "Hollow", "Fair", "Stan", "Wood", "Bridge", "Well", "Stone",
        "Marsh", "Hazel", "Thorn", "Lang", "Red", "Whit", "Black", "Barn", "Holly", "Rose", "Hay", "Winter", "Crow",
        "Lark", "Fox", "Wren", "Cherry", "Beech", "Moss", "Alder", "Birch", "Cole", "Dun", "Ferny", "Gold", "Har",
        "Ivy", "Kirk", "Lin", "Maple", "Nether", "Over", "Pen", "Rook", "Sand", "Tan", "Upton", "Vale", "Willow"};
    private static final String[] ENDINGS = {"gate", "field", "ford", "ley", "wood", "bridge", "brook", "ton",
        "hill", "end", "croft", "moor", "dale", "well", "side", "bury", "stead", "worth", "combe", "holme", "thorpe",
        "wick", "hurst", "green"};
    private static final String[] STREET_STEMS = {"Victoria", "Albert", "Station", "Church", "High", "Park", "Mill",
        "Queen's", "King's", "Chapel", "Market", "Canal", "Bath", "Oxford", "Cambridge", "Elm", "Beech", "Orchard",
        "Wellington", "Nelson", "Railway", "School", "Manor", "Grange", "Meadow", "Brook", "Windmill", "Foundry",
        "Cemetery", "Hospital", "Priory", "Abbey", "Forge", "Tannery", "Wharf", "Cobden", "Peel", "Gladstone",
        "Balmoral", "Clarence", "Milton", "Shelley", "Byron", "Tennyson", "Darwin", "Newton", "Faraday", "Telford",
        "Brunel", "Stephenson", "Cromwell", "Hampden", "Lister", "Sycamore", "Laburnum", "Rowan", "Poplar", "Holly"};
    private static final String[] STREET_TYPES = {"Road", "Street", "Lane", "Avenue", "Way", "Close", "Crescent",
        "Grove", "Terrace", "Drive", "Walk", "Place"};
    private static final String[] SAINTS = {"St Aidan's", "St Bede's", "St Cuthbert's", "St Hilda's", "St Wilfrid's",
        "St Mary's", "St Joseph's", "St Chad's", "St Anne's", "St Edmund's", "St Columba's", "St Teresa's"};

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    PlaceNames(SplittableRandom random) {
        this.random = random;
    }

    /** {@code count} distinct neighbourhood names. */
    List<String> neighbourhoods(int count) {
        List<String> all = new ArrayList<>();
        for (String stem : STEMS) {
            for (String ending : ENDINGS) {
                String lower = stem.toLowerCase(Locale.ROOT);
                if (!lower.endsWith(ending) && !ending.startsWith(lower)) {
                    all.add(stem + ending);
                }
            }
        }
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        List<String> names = new ArrayList<>();
        String[] prefixes = {"", "Upper ", "Lower ", "New ", "Old ", "Little ", "Great "};
        for (int round = 0; names.size() < count; round++) {
            for (int i = 0; i < all.size() && names.size() < count; i++) {
                String name = round < prefixes.length ? prefixes[round] + all.get(i) : all.get(i) + " " + round;
                if (used.add(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    String school(String area) {
        String[] forms = {area + " Academy", area + " High School", area + " Community College",
            area + " School", SAINTS[random.nextInt(SAINTS.length)] + " Catholic High School, " + area,
            area + " Church of England Academy", area + " Park School", area + " Grammar School"};
        return unique(forms, area + " Secondary School");
    }

    String street(String area) {
        String[] forms = new String[4];
        for (int i = 0; i < 3; i++) {
            forms[i] = Draw.pick(random, STREET_STEMS) + " " + Draw.pick(random, STREET_TYPES);
        }
        forms[3] = area + " " + Draw.pick(random, STREET_TYPES);
        return unique(forms, forms[0] + " (" + area + ")");
    }

    String place(LocationType type, String area) {
        if (type == LocationType.STREET) {
            return street(area);
        }
        String street = Draw.pick(random, STREET_STEMS);
        String[] forms = switch (type) {
            case PARK -> new String[] {area + " Park", area + " Recreation Ground", street + " Gardens",
                area + " Playing Fields", area + " skate park", area + " Common"};
            case TRANSPORT_HUB -> new String[] {area + " bus station", area + " railway station",
                area + " tram stop", street + " Road bus stop", area + " interchange"};
            case ESTATE -> new String[] {area + " Estate", street + " Estate", area + " Towers", street + " Court",
                area + " Gardens estate"};
            case SHOP -> new String[] {area + " Parade shops", street + " Road shops", area + " retail park",
                "takeaway on " + street + " Street", area + " shopping centre", "off-licence on " + street + " Road"};
            case YOUTH_CLUB -> new String[] {area + " Youth Centre", area + " Boxing Club", area + " Community Centre",
                street + " Road youth club", area + " Youth Zone"};
            default -> new String[] {area + " Library", area + " leisure centre", area + " canal towpath",
                area + " underpass", area + " cemetery", area + " garages", area + " railway footbridge"};
        };
        return unique(forms, forms[0] + " (" + area + ")");
    }

    /** A name that is fixed, such as the city-centre bus station; recorded as used. */
    String fixed(String name) {
        used.add(name);
        return name;
    }

    private String unique(String[] forms, String fallback) {
        int offset = random.nextInt(forms.length);
        for (int i = 0; i < forms.length; i++) {
            String candidate = forms[(offset + i) % forms.length];
            if (used.add(candidate)) {
                return candidate;
            }
        }
        String candidate = fallback;
        for (int k = 2; !used.add(candidate); k++) {
            candidate = fallback + " " + k;
        }
        return candidate;
    }
}
