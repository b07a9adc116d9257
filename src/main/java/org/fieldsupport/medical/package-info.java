/**
 * Medical support (ST/SGB/2010/2 §8.7.g): medical facilities by level with capabilities, casualty and medical
 * evacuation requests with their precedence targets and outcomes. Root package = the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medical")
package org.fieldsupport.medical;
