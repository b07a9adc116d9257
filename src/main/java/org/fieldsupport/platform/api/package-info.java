@org.springframework.modulith.NamedInterface("api")
package org.fieldsupport.platform.api;
