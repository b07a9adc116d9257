package org.fieldsupport.organization.structure.internal;

import javax.sql.DataSource;
import org.fieldsupport.platform.ops.DataGeneration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation structure's generation ({@link DataGeneration}): table {@code org_structure_generation} (V10_6),
 * advanced by the triggers of V33_5 on every committed change to a structure table (units, persons, positions,
 * incumbencies, reporting lines, relations, external entities, acting arrangements, attribution holders). The unit
 * detail API keeps its reads per node for the generation they were read at (issue 20).
 */
@Component
public class StructureGeneration extends DataGeneration {

    StructureGeneration(JdbcClient jdbc, DataSource dataSource) {
        super(jdbc, dataSource, "org_structure_generation");
    }
}
