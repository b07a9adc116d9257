package org.fieldsupport.organization.structure.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bulletin's tab-separated tables shipped under {@code organization/bulletin/}. Column names are the
 * header's first word ({@code "name_en (working translation)"} → {@code name_en}); missing cells are "".
 */
public final class Tsv {

    public static final String BASE = "organization/bulletin/";

    private Tsv() { }

    public static List<Map<String, String>> read(String fileName) {
        return readResource(BASE + fileName);
    }

    public static List<Map<String, String>> readResource(String path) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing table " + path);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            String[] header = headerLine.split("\t", -1);
            for (int i = 0; i < header.length; i++) header[i] = header[i].trim().split(" ")[0];
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) row.put(header[i], i < cells.length ? cells[i].trim() : "");
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
