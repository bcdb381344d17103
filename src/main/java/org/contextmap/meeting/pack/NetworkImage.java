package org.contextmap.meeting.pack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child's network drawn for print: the child in the middle, the young people one tie away on a
 * ring, their peer groups on an outer ring; ties grey, conflicts between groups red, alliances
 * green and dashed; victims of recorded incidents as diamonds. Labels are what the caller gives
 * (initials in a pack that leaves the building).
 */
final class NetworkImage {


    /** A node to draw: a young person ({@code group} false) or a peer group. */
    record Node(String id, String label, boolean group, boolean victim) {
    }

    /** A line between two nodes: {@code KNOWS}, {@code ASSOCIATED_WITH}, {@code IN_CONFLICT_WITH}, {@code ALLIED_WITH}. */
    record Link(String source, String target, String kind) {
    }

    private static final int SIZE = 640;

    private NetworkImage() {
    }

    static String dataUri(String centre, List<Node> nodes, List<Link> links) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(centre, nodes, links));
    }

    static byte[] png(String centre, List<Node> nodes, List<Link> links) {
        Map<String, int[]> at = new HashMap<>();
        List<Node> people = nodes.stream().filter(n -> !n.group() && !n.id().equals(centre)).toList();
        List<Node> groups = nodes.stream().filter(Node::group).toList();
        int middle = SIZE / 2;
        at.put(centre, new int[] {middle, middle});
        place(people, 170, at);
        place(groups, 275, at);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, SIZE, SIZE);
            for (Link link : links) {
                int[] a = at.get(link.source());
                int[] b = at.get(link.target());
                if (a == null || b == null) {
                    continue;
                }
                switch (link.kind()) {
                    case "IN_CONFLICT_WITH" -> {
                        g.setColor(new Color(0xC62828));
                        g.setStroke(new BasicStroke(3f));
                    }
                    case "ALLIED_WITH" -> {
                        g.setColor(new Color(0x2E7D32));
                        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                                new float[] {8f, 6f}, 0f));
                    }
                    case "ASSOCIATED_WITH" -> {
                        g.setColor(new Color(0xB0B0B0));
                        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                                new float[] {3f, 3f}, 0f));
                    }
                    default -> {
                        g.setColor(new Color(0x757575));
                        g.setStroke(new BasicStroke(1.5f));
                    }
                }
                g.drawLine(a[0], a[1], b[0], b[1]);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            Set<String> drawn = new java.util.HashSet<>();
            for (Node node : nodes) {
                int[] p = at.get(node.id());
                if (p == null || !drawn.add(node.id())) {
                    continue;
                }
                int r = node.id().equals(centre) ? 14 : 9;
                g.setColor(node.group() ? new Color(0x5E35B1) : node.id().equals(centre) ? new Color(0x1565C0)
                        : new Color(0x455A64));
                if (node.group()) {
                    g.fillRect(p[0] - r, p[1] - r, 2 * r, 2 * r);
                } else if (node.victim()) {
                    g.fillPolygon(new Polygon(new int[] {p[0], p[0] + r + 2, p[0], p[0] - r - 2},
                            new int[] {p[1] - r - 2, p[1], p[1] + r + 2, p[1]}, 4));
                } else {
                    g.fillOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
                }
                g.setColor(Color.BLACK);
                g.drawString(node.label() + (node.victim() ? " (victim)" : ""), p[0] + r + 3, p[1] + 4);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void place(List<Node> ring, int radius, Map<String, int[]> at) {
        for (int i = 0; i < ring.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, ring.size()) - Math.PI / 2;
            at.put(ring.get(i).id(), new int[] {(int) (SIZE / 2 + radius * Math.cos(angle)),
                (int) (SIZE / 2 + radius * Math.sin(angle))});
        }
    }
}
