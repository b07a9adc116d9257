package org.fieldsupport.geospatial.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.geospatial.internal.Geospatial;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.platform.web.RegisterScreen;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Screens: the mission map (SVG drawn by the application) with its layer, and map requests with clearance. */
@Controller
class GeospatialWeb {

    private final Geospatial geo;
    private final JsonMapper json;
    private final MessageSource messages;

    GeospatialWeb(Geospatial geo, JsonMapper json, MessageSource messages) {
        this.geo = geo;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/geospatial/maps")
    String maps(@RequestParam(defaultValue = "MINUSCA") String mission, Model model) {
        return mapScreen(mission).show(model, Map.of("missionCode", mission, "kind", "CAMP"), null);
    }

    private RegisterScreen mapScreen(String mission) {
        String code = mission.strip().toUpperCase(Locale.ROOT);
        List<Geospatial.Feature> features = geo.features(code);
        List<RegisterScreen.Row> rows = features.stream().map(f -> RegisterScreen.row(null, false, List.of(), f.name(), f.missionCode(),
                "#geospatial.kind." + f.kind(), f.latitude().toPlainString(), f.longitude().toPlainString())).toList();
        return RegisterScreen.of("geospatial.maps.title", "geospatial.maps.intro", List.of("geospatial.field.name",
                        "geospatial.field.missionCode", "geospatial.field.kind", "geospatial.field.latitude",
                        "geospatial.field.longitude"), rows)
                .svg(geo.svg(code, features, code))
                .links(List.of(new RegisterScreen.Link("/geospatial/maps?mission=MINUSCA", "geospatial.map.MINUSCA"),
                        new RegisterScreen.Link("/geospatial/maps?mission=UNMISS", "geospatial.map.UNMISS"),
                        new RegisterScreen.Link("/geospatial/requests", "geospatial.nav.requests")))
                .form("geospatial.features.new", "/geospatial/features", List.of(
                        RegisterScreen.field("missionCode", "geospatial.field.missionCode", "text", true),
                        RegisterScreen.field("name", "geospatial.field.name", "text", true),
                        RegisterScreen.choice("kind", "geospatial.field.kind", "geospatial.kind.", true, "CAMP", "TEAM_SITE",
                                "FACILITY", "AIRFIELD"),
                        RegisterScreen.field("latitude", "geospatial.field.latitude", "number", true),
                        RegisterScreen.field("longitude", "geospatial.field.longitude", "number", true)));
    }

    @PostMapping("/geospatial/features")
    String addFeature(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            Geospatial.Feature created = geo.addFeature(RegisterScreen.bind(json, f, Geospatial.NewFeature.class));
            return "redirect:/geospatial/maps?mission=" + created.missionCode();
        }, (f, errors) -> {
            String mission = f.get("missionCode");
            return mapScreen(mission == null || mission.isBlank() ? "MINUSCA" : mission).show(model, f, errors);
        });
    }

    @GetMapping("/geospatial/requests")
    String requests(Model model) {
        return requestScreen().show(model, Map.of("product", "MAP", "audience", "INTERNAL"), null);
    }

    private RegisterScreen requestScreen() {
        List<RegisterScreen.Row> rows = geo.requests(null).stream().map(r -> {
            List<RegisterScreen.Action> actions = RegisterScreen.Action.of("/geospatial/requests/" + r.id(), geo.actions(r), r.version(),
                    "geospatial.field.").stream().map(a -> a.path().endsWith("/clear") || a.path().endsWith("/reject")
                    ? new RegisterScreen.Action(a.path(), a.labelKey(), "note", "geospatial.field.note", a.version(), a.enabled(),
                    a.refusal()) : a).toList();
            return RegisterScreen.row(null, "REJECTED".equals(r.status()), actions, r.reference(), r.missionCode(),
                    "#geospatial.product." + r.product(), r.title(), "#geospatial.audience." + r.audience(),
                    "#geospatial.status." + r.status(), r.clearanceId(), r.requestedBy(), r.clearedBy(),
                    r.fingerprint().substring(0, 12));
        }).toList();
        return RegisterScreen.of("geospatial.requests.title", "geospatial.requests.intro", List.of("geospatial.field.reference",
                        "geospatial.field.missionCode", "geospatial.field.product", "geospatial.field.title",
                        "geospatial.field.audience", "geospatial.field.status", "geospatial.field.clearanceId",
                        "geospatial.field.requestedBy", "geospatial.field.clearedBy", "geospatial.field.fingerprint"), rows)
                .links(List.of(new RegisterScreen.Link("/geospatial/maps", "geospatial.nav.maps")))
                .form("geospatial.requests.new", "/geospatial/requests", List.of(
                        RegisterScreen.field("missionCode", "geospatial.field.missionCode", "text", true),
                        RegisterScreen.choice("product", "geospatial.field.product", "geospatial.product.", true, "MAP",
                                "TERRAIN_ANALYSIS"),
                        RegisterScreen.field("title", "geospatial.field.title", "text", true),
                        RegisterScreen.field("purpose", "geospatial.field.purpose", "text", true),
                        RegisterScreen.choice("audience", "geospatial.field.audience", "geospatial.audience.", true, "INTERNAL",
                                "PUBLIC", "COUNCIL"),
                        RegisterScreen.field("content", "geospatial.field.content", "textarea", true)));
    }

    @PostMapping("/geospatial/requests")
    String request(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            geo.request(RegisterScreen.bind(json, f, Geospatial.NewRequest.class));
            return "redirect:/geospatial/requests";
        }, (f, errors) -> requestScreen().show(model, f, errors));
    }

    @PostMapping("/geospatial/requests/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
               @RequestParam(required = false) String version, Locale locale, RedirectAttributes redirect) {
        try {
            Long seen = Flows.version(version);
            switch (action) {
                case "clear" -> geo.review(id, new Geospatial.Review(true, note, seen));
                case "reject" -> geo.review(id, new Geospatial.Review(false, note, seen));
                case "release" -> geo.release(id, seen);
                default -> { }
            }
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/geospatial/requests";
    }

    /** Map requests and layers over REST; the map itself as SVG. */
    @RestController
    static class GeospatialApi {

        /** {@code version}: the request's version the user saw (optional; 409 when it changed since). */
        record Release(Long version) { }

        private final Geospatial geo;

        GeospatialApi(Geospatial geo) {
            this.geo = geo;
        }

        @GetMapping(path = "/api/v1/geospatial/map-requests", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Geospatial.MapRequest> requests(@RequestParam(required = false) String mission) {
            return geo.requests(mission);
        }

        @PostMapping(path = "/api/v1/geospatial/map-requests", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Geospatial.MapRequest> request(@RequestBody Geospatial.NewRequest r) {
            Geospatial.MapRequest created = geo.request(r);
            return ResponseEntity.created(URI.create("/api/v1/geospatial/map-requests/" + created.id())).body(created);
        }

        @GetMapping(path = "/api/v1/geospatial/map-requests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Geospatial.MapRequest read(@PathVariable long id) {
            return geo.read(id);
        }

        @PostMapping(path = "/api/v1/geospatial/map-requests/{id}/review", produces = MediaType.APPLICATION_JSON_VALUE)
        Geospatial.MapRequest review(@PathVariable long id, @RequestBody Geospatial.Review v) {
            return geo.review(id, v);
        }

        @PostMapping(path = "/api/v1/geospatial/map-requests/{id}/release", produces = MediaType.APPLICATION_JSON_VALUE)
        Geospatial.MapRequest release(@PathVariable long id, @RequestBody(required = false) Release r) {
            return geo.release(id, r == null ? null : r.version());
        }

        @GetMapping(path = "/api/v1/geospatial/features", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Geospatial.Feature> features(@RequestParam(required = false) String mission) {
            return geo.features(mission);
        }

        @PostMapping(path = "/api/v1/geospatial/features", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Geospatial.Feature> add(@RequestBody Geospatial.NewFeature f) {
            return ResponseEntity.status(201).body(geo.addFeature(f));
        }

        @GetMapping(path = "/api/v1/geospatial/maps/{mission}.svg", produces = "image/svg+xml")
        String svg(@PathVariable String mission) {
            String code = mission.toUpperCase(Locale.ROOT);
            return geo.svg(code, geo.features(code), code);
        }
    }
}
