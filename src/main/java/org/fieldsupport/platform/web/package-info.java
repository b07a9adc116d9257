@org.springframework.modulith.NamedInterface("web")
package org.fieldsupport.platform.web;
