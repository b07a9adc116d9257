package org.fieldsupport.platform.map;

/**
 * A point to draw on a map.
 *
 * @param layer     the layer's key, also its CSS class ({@code map-layer-<layer>}), e.g. {@code hq}, {@code camp}
 * @param layerName the layer's name in the reader's language (the legend)
 * @param label     the point's name (shown beside it and as its tooltip)
 * @param latitude  degrees north (negative: south)
 * @param longitude degrees east (negative: west)
 * @param link      a page about the point, or null
 */
public record MapPoint(String layer, String layerName, String label, double latitude, double longitude, String link) {

    public MapPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a position on Earth: " + latitude + ", " + longitude);
        }
        if (layer == null || !layer.matches("[a-z0-9-]{1,30}")) {
            throw new IllegalArgumentException("a layer key is lower-case letters, digits and '-': " + layer);
        }
    }
}
