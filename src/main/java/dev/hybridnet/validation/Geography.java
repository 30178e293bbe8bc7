package dev.hybridnet.validation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The geopolitical areas ExpressRoute groups Azure regions and peering locations into. A Standard circuit reaches
 * the regions of its peering location's area only; Premium reaches every area. The grouping follows Microsoft's
 * table "Azure regions to ExpressRoute locations within a geopolitical region"; a few newer regions are placed in
 * the area of the peering location that lists them as its local region (Madrid: Spain Central, Queretaro: Mexico
 * Central, Auckland: New Zealand North, ...). Names are matched without regard to case, spaces, punctuation or
 * accents, so {@code westeurope}, {@code West Europe} and {@code Newport (Wales)} are all recognised. Anything
 * not in the tables is unknown, and rules say nothing about it.
 */
final class Geography {

    /** Where the tables come from, for rules that rest on them. */
    static final String SOURCE = "https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers";

    private static final Map<String, String> AREA_OF_REGION = new HashMap<>();
    private static final Map<String, String> AREA_OF_LOCATION = new HashMap<>();

    static {
        area("Europe",
                List.of("westeurope", "northeurope", "francecentral", "francesouth", "germanynorth",
                        "germanywestcentral", "italynorth", "norwayeast", "norwaywest", "polandcentral",
                        "spaincentral", "swedencentral", "switzerlandnorth", "switzerlandwest", "uksouth", "ukwest"),
                List.of("Amsterdam", "Amsterdam2", "Berlin", "Brussels", "Brussels2", "Copenhagen", "Dublin",
                        "Dublin2", "Frankfurt", "Frankfurt2", "Geneva", "London", "London2", "Madrid", "Madrid2",
                        "Marseille", "Milan", "Milan2", "Munich", "Newport(Wales)", "Oslo", "Paris", "Paris2",
                        "Stavanger", "Stockholm", "Stockholm2", "Vienna", "Vienna2", "Warsaw", "Zurich", "Zurich2"));
        area("North America",
                List.of("eastus", "eastus2", "westus", "westus2", "westus3", "centralus", "northcentralus",
                        "southcentralus", "westcentralus", "canadacentral", "canadaeast", "mexicocentral"),
                List.of("Atlanta", "Atlanta2", "Chicago", "Chicago2", "Dallas", "Dallas2", "Denver", "Las Vegas",
                        "Los Angeles", "Los Angeles2", "Miami", "Minneapolis", "Montreal", "New York", "Phoenix",
                        "Phoenix2", "Portland", "Quebec City", "Queretaro(Mexico)", "Quincy", "San Antonio",
                        "Seattle", "Silicon Valley", "Silicon Valley2", "Toronto", "Toronto2", "Vancouver",
                        "Washington DC", "Washington DC2"));
        area("South America", List.of("brazilsouth", "brazilsoutheast"),
                List.of("Bogota", "Campinas", "Rio de Janeiro", "Sao Paulo", "Sao Paulo2", "Santiago"));
        area("Asia", List.of("eastasia", "southeastasia", "indonesiacentral", "malaysiawest", "taiwannorth"),
                List.of("Bangkok", "Hong Kong", "Hong Kong2", "Jakarta", "Jakarta2", "Kuala Lumpur",
                        "Kuala Lumpur2", "Singapore", "Singapore2", "Taipei", "Taipei2"));
        area("Japan", List.of("japaneast", "japanwest"), List.of("Osaka", "Tokyo", "Tokyo2", "Tokyo3"));
        area("South Korea", List.of("koreacentral", "koreasouth"), List.of("Busan", "Seoul", "Seoul2"));
        area("India", List.of("centralindia", "southindia", "westindia"),
                List.of("Chennai", "Chennai2", "Mumbai", "Mumbai2", "Pune"));
        area("Oceania", List.of("australiaeast", "australiasoutheast", "newzealandnorth"),
                List.of("Auckland", "Melbourne", "Melbourne2", "Perth", "Sydney", "Sydney2"));
        area("Australia Government", List.of("australiacentral", "australiacentral2"),
                List.of("Canberra", "Canberra2"));
        area("UAE", List.of("uaenorth", "uaecentral"), List.of("Abu Dhabi", "Dubai", "Dubai2"));
        area("Qatar", List.of("qatarcentral"), List.of("Doha", "Doha2"));
        area("Israel", List.of("israelcentral"), List.of("Tel Aviv", "Tel Aviv2"));
        area("South Africa", List.of("southafricanorth", "southafricawest"), List.of("Johannesburg", "Cape Town"));
    }

    private Geography() {
    }

    private static void area(String name, List<String> regions, List<String> locations) {
        regions.forEach(r -> AREA_OF_REGION.put(key(r), name));
        locations.forEach(l -> AREA_OF_LOCATION.put(key(l), name));
    }

    /** The geopolitical area of an Azure region, by its name ({@code eastus}) or display name ({@code East US}). */
    static Optional<String> areaOfRegion(String region) {
        return Optional.ofNullable(AREA_OF_REGION.get(key(region)));
    }

    /** The geopolitical area of an ExpressRoute peering location such as {@code Washington DC}. */
    static Optional<String> areaOfLocation(String peeringLocation) {
        return Optional.ofNullable(AREA_OF_LOCATION.get(key(peeringLocation)));
    }

    /** A name reduced to lower-case letters and digits: the form names are compared in. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
