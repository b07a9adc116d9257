package org.fieldsupport.platform.work.internal;

import javax.sql.DataSource;
import org.fieldsupport.platform.ops.DataGeneration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work items' generation ({@link DataGeneration}): table {@code work_item_generation} (V32_7), advanced by the
 * triggers of V32_8 on every committed change to {@code work_item}. Inboxes are kept per node for it (issue 20).
 */
@Component
public class WorkItemGeneration extends DataGeneration {

    WorkItemGeneration(JdbcClient jdbc, DataSource dataSource) {
        super(jdbc, dataSource, "work_item_generation");
    }
}
