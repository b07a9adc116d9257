package org.fieldsupport.platform.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document a client generator reads (issue 9 item 12), made generic so every module's endpoints get it
 * without annotations: the product's title, version and licence; the bearer-token (personal access token), HTTP
 * Basic and session-cookie security schemes required by every operation; a summary per operation derived from the
 * handler's name when none is given; the problem-detail responses an operation can return (400 validation, 401,
 * 403, 404 with a path variable, 409/413/422 for writes, 500); tags by module from the path
 * ({@code /api/v1/<module>/...}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String BEARER = "bearerToken";
    static final String BASIC = "basicAuth";
    static final String SESSION = "session";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI fieldSupportOpenApi(@Value("${fsp.api.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info().title("Field Support Platform API").version(version)
                        .description("REST API of the Field Support Platform. Errors are RFC 9457 problem details "
                                + "(application/problem+json) in the caller's language (Accept-Language: en, fr).")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                // relative: the server that serves the document (not springdoc's generated http://localhost)
                .servers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
                        .description("The server that serves this document")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token (fsp_...) created on My tokens."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The browser session of a signed-in user (writes need the CSRF token)."))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer fieldSupportOperations() {
        return openApi -> {
            List<SecurityRequirement> security = List.of(new SecurityRequirement().addList(BEARER),
                    new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION));
            TreeSet<String> modules = new TreeSet<>();
            if (openApi.getPaths() == null) {
                return;
            }
            // springdoc drops component schemas that nothing referenced before the customizers ran: the problem
            // schema every operation's 4xx/5xx refers to must be there (Redocly: no-unresolved-refs)
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            if (openApi.getComponents().getSchemas() == null
                    || !openApi.getComponents().getSchemas().containsKey(PROBLEM)) {
                openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            }
            openApi.getPaths().forEach((path, item) -> {
                String module = module(path);
                modules.add(module);
                for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
                    Operation op = e.getValue();
                    if (op.getSummary() == null || op.getSummary().isBlank()) {
                        op.setSummary(summary(op.getOperationId(), e.getKey(), path));
                    }
                    op.setTags(new ArrayList<>(List.of(module)));
                    if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
                        op.setSecurity(security);
                    }
                    ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
                    boolean write = e.getKey() != PathItem.HttpMethod.GET && e.getKey() != PathItem.HttpMethod.HEAD
                            && e.getKey() != PathItem.HttpMethod.OPTIONS;
                    problem(responses, "400", "Invalid input: the fields and the rule each breaks (problem detail)");
                    problem(responses, "401", "Authentication required");
                    problem(responses, "403", "The caller may not do this in this scope");
                    if (path.contains("{")) {
                        problem(responses, "404", "Not found");
                    }
                    if (write) {
                        problem(responses, "409", "Changed meanwhile, or a duplicate");
                        problem(responses, "413", "Request body too large");
                        problem(responses, "422", "Refused by a business rule (code = the rule's message key)");
                    }
                    problem(responses, "500", "Internal error (quote the request id)");
                    op.setResponses(responses);
                }
            });
            List<Tag> tags = new ArrayList<>();
            for (String module : modules) {
                tags.add(new Tag().name(module).description("The " + module + " module"));
            }
            openApi.setTags(tags);
        };
    }

    /** {@code /api/v1/claims/...} → claims; anything else → its first segment. */
    static String module(String path) {
        String[] parts = path.split("/");
        if (parts.length > 3 && "api".equals(parts[1])) {
            return parts[3];
        }
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "platform";
    }

    /** {@code receiveClaim_1} → "Receive claim"; without an operation id, the method and path. */
    static String summary(String operationId, PathItem.HttpMethod method, String path) {
        if (operationId == null || operationId.isBlank()) {
            return method.name() + " " + path;
        }
        String base = operationId.replaceAll("_\\d+$", "");
        String words = base.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return words.isEmpty() ? method.name() + " " + path
                : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema schema = new ObjectSchema();
        schema.description("RFC 9457 problem detail");
        schema.addProperty("type", new StringSchema().format("uri"));
        schema.addProperty("title", new StringSchema());
        schema.addProperty("status", new IntegerSchema());
        schema.addProperty("detail", new StringSchema());
        schema.addProperty("instance", new StringSchema());
        schema.addProperty("requestId", new StringSchema());
        schema.addProperty("code", new StringSchema().description("business-rule problems: the rule's message key"));
        schema.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                .addProperty("field", new StringSchema()).addProperty("rule", new StringSchema())
                .addProperty("message", new StringSchema())));
        return schema;
    }
}
