package org.contextmap.plan;

/**
 * Distances on the ground for the route suggestions, in metres, on an equirectangular projection
 * around the segment: exact enough within a city (an error well under 1% over 20 km).
 */
final class Route {

    private static final double EARTH_METRES = 6_371_000;

    private Route() {
    }

    /** How far a point is from the segment between two others. */
    static double metresFromSegment(double lat, double lon, double lat1, double lon1, double lat2, double lon2) {
        double midLat = Math.toRadians((lat1 + lat2) / 2);
        double[] p = project(lat, lon, midLat);
        double[] a = project(lat1, lon1, midLat);
        double[] b = project(lat2, lon2, midLat);
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
        double x = a[0] + t * dx - p[0];
        double y = a[1] + t * dy - p[1];
        return Math.sqrt(x * x + y * y);
    }

    private static double[] project(double lat, double lon, double midLat) {
        return new double[] {Math.toRadians(lon) * Math.cos(midLat) * EARTH_METRES, Math.toRadians(lat) * EARTH_METRES};
    }
}
