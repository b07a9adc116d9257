package org.fieldsupport.ict.integration.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * This platform's own interfaces, generated rather than typed (9.4.d): its HTTP API operations, read from the
 * application's request mappings (the same source the OpenAPI document at {@code /v3/api-docs} is generated from),
 * grouped by the module that serves them; and the events modules publish to each other, read by Spring Modulith from
 * the code (publisher module, listening modules). Computed once, on first use.
 */
@Service
public class PlatformInterfaces {

    private static final Logger log = LoggerFactory.getLogger(PlatformInterfaces.class);

    public record Operation(String module, String method, String path, String handler) { }

    public record Event(String type, String publisher, List<String> listeners) { }

    public record Summary(List<Operation> operations, List<Event> events, Map<String, Long> operationsByModule,
                          String eventsNote) { }

    private final RequestMappingHandlerMapping mappings;
    private final IctAccess access;
    private volatile List<Event> events;
    private volatile String eventsNote;

    PlatformInterfaces(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, IctAccess access) {
        this.mappings = mappings;
        this.access = access;
    }

    public Summary summary() {
        access.requireAnywhere(IctAccess.INTEGRATION_READ);
        List<Operation> ops = operations();
        Map<String, Long> byModule = new LinkedHashMap<>();
        ops.forEach(o -> byModule.merge(o.module(), 1L, Long::sum));
        return new Summary(ops, events(), byModule, eventsNote);
    }

    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Class<?> type = e.getValue().getBeanType();
            String module = module(type.getName());
            if (module == null) continue;
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String path : e.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) continue;
                if (methods.isEmpty()) {
                    ops.add(new Operation(module, "ANY", path, type.getSimpleName() + "." + e.getValue().getMethod().getName()));
                }
                for (var m : methods) {
                    ops.add(new Operation(module, m.name(), path, type.getSimpleName() + "." + e.getValue().getMethod().getName()));
                }
            }
        }
        ops.sort(Comparator.comparing(Operation::module).thenComparing(Operation::path).thenComparing(Operation::method));
        return ops;
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    static String module(String className) {
        if (!className.startsWith("org.fieldsupport.")) return null;
        String rest = className.substring("org.fieldsupport.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot);
    }

    List<Event> events() {
        if (events == null) {
            synchronized (this) {
                if (events == null) {
                    List<Event> list = new ArrayList<>();
                    try {
                        // spring-modulith-core is a runtime dependency of the starter (not on the compile class path):
                        // ApplicationModules.of("org.fieldsupport"), each module's published events and listened-to types
                        Class<?> type = Class.forName("org.springframework.modulith.core.ApplicationModules");
                        Object modules = type.getMethod("of", String.class).invoke(null, "org.fieldsupport");
                        Map<String, TreeSet<String>> listeners = new LinkedHashMap<>();
                        for (Object m : (Iterable<?>) modules) {
                            String name = (String) call(m, "getName");
                            List<?> listened = (List<?>) m.getClass().getMethod("getEventsListenedTo", type).invoke(m, modules);
                            for (Object javaClass : listened) {
                                listeners.computeIfAbsent((String) call(javaClass, "getName"), k -> new TreeSet<>()).add(name);
                            }
                        }
                        for (Object m : (Iterable<?>) modules) {
                            String name = (String) call(m, "getName");
                            for (Object eventType : (List<?>) call(m, "getPublishedEvents")) {
                                String event = (String) call(call(eventType, "getType"), "getName");
                                list.add(new Event(event, name, List.copyOf(listeners.getOrDefault(event, new TreeSet<>()))));
                            }
                        }
                        list.sort(Comparator.comparing(Event::publisher).thenComparing(Event::type));
                        eventsNote = null;
                    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                        log.warn("Modulith could not read the modules' events: {}", e.toString());
                        eventsNote = e.getClass().getSimpleName();
                    }
                    events = List.copyOf(list);
                }
            }
        }
        return events;
    }
}
