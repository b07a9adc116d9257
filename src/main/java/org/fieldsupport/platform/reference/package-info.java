@org.springframework.modulith.NamedInterface("reference")
package org.fieldsupport.platform.reference;
