package org.fieldsupport.platform.api;

/**
 * A requested resource does not exist: answered as 404 problem details on the API and with the 404
 * error page on screens.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String resourceType;
    private final String id;

    public NotFoundException(String resourceType, Object id) {
        super(resourceType + " " + id + " not found");
        this.resourceType = resourceType;
        this.id = String.valueOf(id);
    }

    public String resourceType() { return resourceType; }

    public String id() { return id; }
}
