@org.springframework.modulith.NamedInterface("audit")
package org.fieldsupport.platform.audit;
