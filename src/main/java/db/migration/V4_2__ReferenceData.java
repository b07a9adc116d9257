package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data files (src/main/resources/reference/*.csv) into the tables created by
 * V4_1. The files are the source of truth; a later change ships as a new migration.
 */
public class V4_2__ReferenceData extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        load(connection, "countries.csv",
                "INSERT INTO ref_country (alpha2, alpha3, numeric_code, name_en, name_fr, un_member_state) VALUES (?, ?, ?, ?, ?, ?)",
                (statement, row) -> {
                    statement.setString(1, row.get("alpha2"));
                    statement.setString(2, row.get("alpha3"));
                    statement.setString(3, row.get("numeric"));
                    statement.setString(4, row.get("name_en"));
                    statement.setString(5, row.get("name_fr"));
                    statement.setBoolean(6, Boolean.parseBoolean(row.get("un_member_state")));
                });
        load(connection, "currencies.csv",
                "INSERT INTO ref_currency (code, numeric_code, minor_units, name_en, name_fr) VALUES (?, ?, ?, ?, ?)",
                (statement, row) -> {
                    statement.setString(1, row.get("code"));
                    statement.setString(2, row.get("numeric"));
                    statement.setInt(3, Integer.parseInt(row.get("minor_units")));
                    statement.setString(4, row.get("name_en"));
                    statement.setString(5, row.get("name_fr"));
                });
        load(connection, "staff-categories.csv",
                "INSERT INTO ref_staff_category (code, rank, name_en, name_fr) VALUES (?, ?, ?, ?)",
                (statement, row) -> {
                    statement.setString(1, row.get("code"));
                    statement.setInt(2, Integer.parseInt(row.get("rank")));
                    statement.setString(3, row.get("name_en"));
                    statement.setString(4, row.get("name_fr"));
                });
        load(connection, "grades.csv",
                "INSERT INTO ref_grade (code, category, rank, name_en, name_fr) VALUES (?, ?, ?, ?, ?)",
                (statement, row) -> {
                    statement.setString(1, row.get("code"));
                    statement.setString(2, row.get("category"));
                    statement.setInt(3, Integer.parseInt(row.get("rank")));
                    statement.setString(4, row.get("name_en"));
                    statement.setString(5, row.get("name_fr"));
                });
    }

    private interface RowBinder {
        void bind(PreparedStatement statement, CSVRecord row) throws SQLException;
    }

    private static void load(Connection connection, String file, String sql, RowBinder binder)
            throws IOException, SQLException {
        List<CSVRecord> rows = read("reference/" + file);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (CSVRecord row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static List<CSVRecord> read(String resource) throws IOException {
        InputStream in = V4_2__ReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference data file missing from the classpath: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
