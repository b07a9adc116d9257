@org.springframework.modulith.NamedInterface("security")
package org.fieldsupport.platform.security;
