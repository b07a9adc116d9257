package org.fieldsupport.platform.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MapSvgTests {

    final MapSvg maps = new MapSvg();

    @Test
    void the_shipped_outlines_load_and_a_point_is_drawn_on_its_country() {
        assertThat(maps.countryCount()).isGreaterThan(150);
        String svg = maps.draw("Map of MINUSCA",
                List.of(new MapPoint("hq", "Headquarters", "Bangui", 4.3947, 18.5582, null),
                        new MapPoint("camp", "Camps", "Bria <camp>", 6.54, 21.99, "/logistics/camps/1")), Locale.ENGLISH);
        assertThat(svg).startsWith("<svg").contains("class=\"map-svg\"", "Central African Rep", "Cameroon",
                "map-layer-hq", "map-layer-camp", "Bria &lt;camp&gt;", "href=\"/logistics/camps/1\"")
                .doesNotContain("<style", "style=", "Brazil");
        assertThat(svg.length()).as("a mission map stays small").isLessThan(40_000);
    }

    @Test
    void no_point_no_map_and_a_point_off_the_earth_is_refused() {
        assertThat(maps.draw("x", List.of(), Locale.ENGLISH)).isNull();
        assertThatThrownBy(() -> new MapPoint("hq", "HQ", "x", 95, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
