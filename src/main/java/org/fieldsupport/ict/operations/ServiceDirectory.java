package org.fieldsupport.ict.operations;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue's services as this half of the module reads them (by code): name, recovery time and recovery point
 * objectives in minutes. Implemented over the module's catalogue API; the only place that knows it.
 */
public interface ServiceDirectory {

    record ServiceTargets(String code, String name, int rtoMinutes, int rpoMinutes) { }

    Optional<ServiceTargets> find(String code);

    List<ServiceTargets> all();
}
