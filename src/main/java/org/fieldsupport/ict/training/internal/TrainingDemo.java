package org.fieldsupport.ict.training.internal;

import java.time.LocalDate;
import org.fieldsupport.ict.shared.internal.IctDemoData;
import org.fieldsupport.platform.security.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** This year's ICT training plans of MINUSCA, UNMISS and MONUSCO on ICTD's courses of the guidance catalogue. */
@Component
@DemoData.OnDemoData
@Order(3)
class TrainingDemo implements IctDemoData.IctDemoParts {

    private final JdbcClient jdbc;
    private final TrainingPlans plans;

    TrainingDemo(JdbcClient jdbc, TrainingPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public String name() { return "ICT training plans"; }

    @Override
    public boolean loaded() {
        return jdbc.sql("SELECT COUNT(*) FROM ict_training_line WHERE mission_code = 'MINUSCA'").query(Long.class).single() > 0;
    }

    /**
     * This year's plans of MINUSCA, UNMISS and MONUSCO on ICTD's courses of the guidance catalogue (its demo loads them
     * first, with this week's Brindisi sessions and their completions): every course in the current quarter, every
     * other one also in an earlier quarter (nothing recorded there: the gap shows).
     */
    @Override
    public void load() {
        int year = LocalDate.now().getYear();
        int quarterNow = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
        int i = 0;
        for (String m : new String[] {"MINUSCA", "UNMISS", "MONUSCO"}) {
            for (var c : plans.courses()) {
                if (!c.ictd()) continue;
                plans.addLine(new TrainingPlans.NewLine(m, year, c.code(), quarterNow, 2 + (i % 3)));
                if (quarterNow > 1 && i % 2 == 0) {
                    plans.addLine(new TrainingPlans.NewLine(m, year, c.code(), 1 + (i % (quarterNow - 1)), 1 + (i % 4)));
                }
                i++;
            }
        }
    }
}
