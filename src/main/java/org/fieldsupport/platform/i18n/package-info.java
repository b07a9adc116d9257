@org.springframework.modulith.NamedInterface("i18n")
package org.fieldsupport.platform.i18n;
