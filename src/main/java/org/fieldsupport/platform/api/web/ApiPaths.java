package org.fieldsupport.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;

final class ApiPaths {

    private ApiPaths() { }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
