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
    private final org.springframework.context.ApplicationContext context;
    private volatile List<Event> events;
    private volatile String eventsNote;

    PlatformInterfaces(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, IctAccess access,
                       org.springframework.context.ApplicationContext context) {
        this.mappings = mappings;
        this.access = access;
        this.context = context;
    }

    /**
     * The event types the application's beans listen to ({@code @EventListener} and the annotations built on it:
     * {@code @TransactionalEventListener}, {@code @ApplicationModuleListener}), read from the beans' methods: event
     * type → listening modules.
     */
    Map<String, TreeSet<String>> listenersFromBeans() {
        Map<String, TreeSet<String>> found = new LinkedHashMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type;
            try {
                type = context.getType(name, false);
            } catch (RuntimeException e) {
                continue;
            }
            if (type == null) continue;
            type = org.springframework.util.ClassUtils.getUserClass(type);
            String module = module(type.getName());
            if (module == null) continue;
            for (var method : org.springframework.util.ReflectionUtils.getUniqueDeclaredMethods(type)) {
                var listener = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(method,
                        org.springframework.context.event.EventListener.class);
                if (listener == null) continue;
                List<Class<?>> events = new ArrayList<>(List.of(listener.classes()));
                if (events.isEmpty() && method.getParameterCount() == 1) events.add(method.getParameterTypes()[0]);
                for (Class<?> e : events) found.computeIfAbsent(e.getName(), k -> new TreeSet<>()).add(module);
            }
        }
        return found;
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
                        eventsNote = null;
                    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                        log.warn("Modulith could not read the modules' events: {}", e.toString());
                        eventsNote = e.getClass().getSimpleName();
                    }
                    // events the modules listen to, from the beans' listener methods; the publisher shown is the
                    // module that defines the event type (Spring Modulith finds no published events in this code base)
                    java.util.Set<String> known = new java.util.HashSet<>();
                    list.forEach(e -> known.add(e.type()));
                    listenersFromBeans().forEach((type, modules) -> {
                        if (known.add(type)) {
                            String owner = module(type);
                            list.add(new Event(type, owner == null ? type.substring(0, Math.max(0, type.lastIndexOf('.'))) : owner,
                                    List.copyOf(modules)));
                        }
                    });
                    list.sort(Comparator.comparing(Event::publisher).thenComparing(Event::type));
                    events = List.copyOf(list);
                }
            }
        }
        return events;
    }
}
