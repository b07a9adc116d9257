package org.fieldsupport.platform.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Draws points on the country outlines shipped with the application, as an SVG string for a page: the view fits the
 * points with a margin (at least {@link #MIN_SPAN} degrees across), an equirectangular projection corrected for the
 * latitude, countries as paths, points as circles with their labels, a legend of the layers. Only the countries in
 * view are drawn (a few kilobytes), coordinates rounded to the pixel.
 */
@Component
public class MapSvg {

    static final double MIN_SPAN = 14;
    static final int WIDTH = 640;
    /** A point of an outline closer than this (|dx| + |dy|, in pixels) to the last one drawn is left out. */
    static final int SIMPLIFY_PX = 3;

    private final List<Country> countries;

    record Country(String id, String name, List<double[]> rings, double[] box) { }

    public MapSvg() {
        this.countries = load("/geo/countries-110m.tsv");
    }

    static List<Country> load(String resource) {
        List<Country> list = new ArrayList<>();
        try (InputStream in = MapSvg.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] cols = line.split("\t");
                List<double[]> rings = new ArrayList<>();
                double[] box = {180, 90, -180, -90};
                for (String ring : cols[2].split(";")) {
                    String[] pts = ring.split(" ");
                    double[] xy = new double[pts.length * 2];
                    for (int i = 0; i < pts.length; i++) {
                        int comma = pts[i].indexOf(',');
                        xy[2 * i] = Double.parseDouble(pts[i].substring(0, comma));
                        xy[2 * i + 1] = Double.parseDouble(pts[i].substring(comma + 1));
                        box[0] = Math.min(box[0], xy[2 * i]);
                        box[1] = Math.min(box[1], xy[2 * i + 1]);
                        box[2] = Math.max(box[2], xy[2 * i]);
                        box[3] = Math.max(box[3], xy[2 * i + 1]);
                    }
                    rings.add(xy);
                }
                list.add(new Country(cols[0], cols[1], rings, box));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }

    /** How many country outlines are shipped (a test checks they load). */
    public int countryCount() {
        return countries.size();
    }

    /**
     * The map of {@code points} ({@code title} is its accessible name), or null when there is no point to show.
     * Styled by classes: {@code .map-svg .land}, {@code .map-point}, {@code .map-layer-<layer>}.
     */
    public String draw(String title, List<MapPoint> points, Locale locale) {
        if (points == null || points.isEmpty()) return null;
        double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
        for (MapPoint p : points) {
            minLon = Math.min(minLon, p.longitude());
            maxLon = Math.max(maxLon, p.longitude());
            minLat = Math.min(minLat, p.latitude());
            maxLat = Math.max(maxLat, p.latitude());
        }
        double midLat = (minLat + maxLat) / 2;
        double k = Math.max(0.2, Math.cos(Math.toRadians(midLat)));      // a degree of longitude, in degrees of latitude
        double spanLon = Math.max(MIN_SPAN, (maxLon - minLon) * 1.4);
        double spanLat = Math.max(MIN_SPAN * 0.6, (maxLat - minLat) * 1.4);
        // keep the page's aspect (3:2)
        double heightRatio = 2.0 / 3.0;
        if (spanLat > spanLon * k * heightRatio) spanLon = spanLat / (k * heightRatio);
        else spanLat = spanLon * k * heightRatio;
        double west = (minLon + maxLon) / 2 - spanLon / 2;
        double north = midLat + spanLat / 2;
        double scale = WIDTH / spanLon;                                 // px per degree of longitude
        int height = (int) Math.round(WIDTH * heightRatio);
        double[] view = {west, north - spanLat, west + spanLon, north};

        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map-svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-label=\"").append(esc(title)).append("\">");
        svg.append("<title>").append(esc(title)).append("</title>");
        svg.append("<rect class=\"sea\" x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\"/>");
        for (Country c : countries) {
            if (c.box()[2] < view[0] || c.box()[0] > view[2] || c.box()[3] < view[1] || c.box()[1] > view[3]) continue;
            // issue 12.10 (a page at most 8 KB): relative moves ("l3,-2"), and a point within a pixel or two of the
            // last one drawn left out (invisible at this size), about half the characters of absolute coordinates
            StringBuilder d = new StringBuilder();
            for (double[] ring : c.rings()) {
                int lastX = 0, lastY = 0;
                int last = ring.length - 2;
                for (int i = 0; i < ring.length; i += 2) {
                    int x = (int) Math.round((ring[i] - west) * scale);
                    int y = (int) Math.round((north - ring[i + 1]) * scale / k);
                    if (i == 0) {
                        d.append('M').append(x).append(',').append(y);
                    } else {
                        int dx = x - lastX, dy = y - lastY;
                        if (dx == 0 && dy == 0 || (i != last && Math.abs(dx) + Math.abs(dy) < SIMPLIFY_PX)) continue;
                        d.append('l').append(dx).append(',').append(dy);
                    }
                    lastX = x;
                    lastY = y;
                }
                d.append('Z');
            }
            svg.append("<path class=\"land\" d=\"").append(d).append("\"><title>").append(esc(c.name())).append("</title></path>");
        }
        Map<String, String> layers = new LinkedHashMap<>();
        for (MapPoint p : points) {
            layers.putIfAbsent(p.layer(), p.layerName());
            int x = (int) Math.round((p.longitude() - west) * scale);
            int y = (int) Math.round((north - p.latitude()) * scale / k);
            String point = "<g class=\"map-point map-layer-" + p.layer() + "\"><title>" + esc(p.label()) + "</title>"
                    + "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"6\"/>"
                    + "<text x=\"" + (x + 9) + "\" y=\"" + (y + 4) + "\">" + esc(p.label()) + "</text></g>";
            svg.append(p.link() == null ? point : "<a href=\"" + esc(p.link()) + "\">" + point + "</a>");
        }
        int ly = height - 10 - 18 * (layers.size() - 1);
        for (Map.Entry<String, String> layer : layers.entrySet()) {
            svg.append("<g class=\"map-legend map-layer-").append(layer.getKey()).append("\"><circle cx=\"16\" cy=\"")
                    .append(ly - 4).append("\" r=\"5\"/><text x=\"26\" y=\"").append(ly).append("\">")
                    .append(esc(layer.getValue())).append("</text></g>");
            ly += 18;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
