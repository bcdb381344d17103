package org.contextmap.meeting.pack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.contextmap.meeting.Agenda;

/**
 * The hotspots drawn on a plain map from their coordinates alone (no map tiles, so it works
 * offline and leaves nothing with a tile server): each a circle sized by its harm score and
 * numbered as in the table, the area's centre marked, a scale bar in kilometres.
 */
final class AreaMap {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    private static final int MARGIN = 50;

    private AreaMap() {
    }

    /** The map as a PNG {@code data:} address for an {@code <img>}, or {@code null} with nothing to draw. */
    static String dataUri(List<Agenda.HotspotLine> hotspots, Double centreLat, Double centreLon) {
        if (hotspots.isEmpty()) {
            return null;
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(hotspots, centreLat, centreLon));
    }

    static byte[] png(List<Agenda.HotspotLine> hotspots, Double centreLat, Double centreLon) {
        double minLat = hotspots.stream().mapToDouble(Agenda.HotspotLine::latitude).min().orElse(0);
        double maxLat = hotspots.stream().mapToDouble(Agenda.HotspotLine::latitude).max().orElse(0);
        double minLon = hotspots.stream().mapToDouble(Agenda.HotspotLine::longitude).min().orElse(0);
        double maxLon = hotspots.stream().mapToDouble(Agenda.HotspotLine::longitude).max().orElse(0);
        if (centreLat != null && centreLon != null) {
            minLat = Math.min(minLat, centreLat);
            maxLat = Math.max(maxLat, centreLat);
            minLon = Math.min(minLon, centreLon);
            maxLon = Math.max(maxLon, centreLon);
        }
        double midLat = Math.toRadians((minLat + maxLat) / 2);
        double spanX = Math.max((maxLon - minLon) * Math.cos(midLat), 0.005);
        double spanY = Math.max(maxLat - minLat, 0.005);
        double scale = Math.min((WIDTH - 2.0 * MARGIN) / spanX, (HEIGHT - 2.0 * MARGIN) / spanY);
        double left = minLon;
        double top = maxLat;
        double offsetX = (WIDTH - spanX * scale) / 2;
        double offsetY = (HEIGHT - spanY * scale) / 2;
        if (maxLat - minLat < 0.005) {
            top = (minLat + maxLat) / 2 + 0.0025;
        }
        if ((maxLon - minLon) * Math.cos(midLat) < 0.005) {
            left = (minLon + maxLon) / 2 - 0.0025 / Math.cos(midLat);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF4F1EA));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xDDD8CC));
            for (int x = 0; x < WIDTH; x += 60) {
                g.drawLine(x, 0, x, HEIGHT);
            }
            for (int y = 0; y < HEIGHT; y += 60) {
                g.drawLine(0, y, WIDTH, y);
            }
            double maxScore = hotspots.stream().mapToDouble(Agenda.HotspotLine::score).max().orElse(1);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            for (int i = hotspots.size() - 1; i >= 0; i--) {
                Agenda.HotspotLine h = hotspots.get(i);
                int x = (int) (offsetX + (h.longitude() - left) * Math.cos(midLat) * scale);
                int y = (int) (offsetY + (top - h.latitude()) * scale);
                int r = (int) (8 + 22 * Math.sqrt(maxScore <= 0 ? 0 : h.score() / maxScore));
                g.setColor(new Color(200, 30, 30, 140));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setColor(new Color(120, 0, 0));
                g.setStroke(new BasicStroke(1.5f));
                g.drawOval(x - r, y - r, 2 * r, 2 * r);
                g.setColor(Color.BLACK);
                g.drawString(String.valueOf(i + 1), x + r + 3, y + 5);
            }
            if (centreLat != null && centreLon != null) {
                int x = (int) (offsetX + (centreLon - left) * Math.cos(midLat) * scale);
                int y = (int) (offsetY + (top - centreLat) * scale);
                g.setColor(new Color(0, 60, 160));
                g.setStroke(new BasicStroke(3f));
                g.drawLine(x - 10, y, x + 10, y);
                g.drawLine(x, y - 10, x, y + 10);
                g.drawString("area centre", x + 12, y - 8);
            }
            double metresPerPixel = 6_371_000 * Math.toRadians(1) / scale;
            int kmPixels = (int) (1000 / metresPerPixel);
            int bar = kmPixels > 300 ? kmPixels / 10 : kmPixels;
            String label = kmPixels > 300 ? "100 m" : "1 km";
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(20, HEIGHT - 20, 20 + bar, HEIGHT - 20);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString(label, 24 + bar, HEIGHT - 15);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
