package org.fieldsupport.platform.api;

/** A requested resource does not exist: answered as 404 problem details. */
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
