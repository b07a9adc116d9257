@org.springframework.modulith.NamedInterface("ops")
package org.fieldsupport.platform.ops;
