package org.fieldsupport.claims.report.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.rules.domain.ClaimLine;
import org.fieldsupport.claims.rules.domain.Explanation;
import org.fieldsupport.claims.rules.domain.MonthStatement;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.Statement;

/**
 * The computed lines of one verification report as one binary document ({@code claims_report_computed_lines},
 * V28_1; docs/decisions/2026-11-27-claims-computed-lines-document.md). A report's computed lines are written
 * once, together, and never changed (corrections are adjustment lines, which stay rows), and they are always
 * read together: storing them as one value instead of ~500 rows is what makes a quarter-end run cheap to write.
 *
 * <p>Format 1, all integers as unsigned LEB128 varints (signed ones zig-zag encoded first):
 * <pre>
 *   format (1 byte = 1) · line count
 *   per line: month · kind · reference · amount · flags · explanation key · argument count · arguments
 *   month      0 = none, else epoch day of the month's first day + 1
 *   string     0 = null; i + 1 = the i-th string already seen in this document; n + 1 where n is the number of
 *              strings seen so far = a new string, followed by its UTF-8 length and bytes (it becomes string n)
 *   decimal    scale (zig-zag) · 'L' zig-zag unscaled value, or 'B' length + two's-complement bytes
 *   argument   tag byte, then: 'D' decimal · 'I' zig-zag int · 'T' zig-zag epoch day · 'M' zig-zag months since
 *              year 0 · 'R' rating name as string · 'S' string
 * </pre>
 * Flags are stored as their comma-separated names (as in {@code claims_report_line.flags}), kinds by name, so
 * the document does not depend on the order of the enums' constants.
 */
public final class ComputedLinesCodec {

    static final int FORMAT = 1;

    private ComputedLinesCodec() { }

    /** The document of a statement's lines, in month order then line order, and how many lines it holds. */
    record Document(byte[] content, int lines) { }

    static Document encode(Statement statement) {
        int count = 0;
        for (MonthStatement month : statement.months()) {
            count += month.lines().size();
        }
        Writer out = new Writer(64 + 48 * count);
        out.raw(FORMAT);
        out.varint(count);
        for (MonthStatement month : statement.months()) {
            long day = month.month().atDay(1).toEpochDay();
            for (ClaimLine line : month.lines()) {
                out.varlong(day + 1);
                out.string(line.kind().name());
                out.string(line.reference());
                out.decimal(line.amount());
                out.string(ReportStore.flags(line.flags()));
                out.string(line.explanation().messageKey());
                List<Object> args = line.explanation().args();
                out.varint(args.size());
                for (Object arg : args) {
                    out.argument(arg);
                }
            }
        }
        return new Document(out.bytes(), count);
    }

    public static List<ReportStore.StoredLine> decode(byte[] content) {
        Reader in = new Reader(content);
        int format = in.raw();
        if (format != FORMAT) {
            throw new IllegalStateException("unknown computed-lines format " + format);
        }
        int count = in.varint();
        List<ReportStore.StoredLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long day = in.varlong();
            LocalDate month = day == 0 ? null : LocalDate.ofEpochDay(day - 1);
            String kind = in.string();
            String reference = in.string();
            BigDecimal amount = in.decimal();
            String flags = in.string();
            String key = in.string();
            int argCount = in.varint();
            List<Object> args = new ArrayList<>(argCount);
            for (int a = 0; a < argCount; a++) {
                args.add(in.argument());
            }
            lines.add(new ReportStore.StoredLine(month, kind, reference, amount,
                    flags == null || flags.isEmpty() ? List.of() : List.of(flags.split(",")),
                    new Explanation(key, args), null));
        }
        if (in.position != content.length) {
            throw new IllegalStateException("computed-lines document has " + (content.length - in.position)
                    + " trailing bytes");
        }
        return lines;
    }

    private static final class Writer {

        private byte[] buffer;
        private int size;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(int capacity) {
            buffer = new byte[capacity];
        }

        void raw(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        void varint(int value) {
            varlong(value & 0xFFFFFFFFL);
        }

        void varlong(long value) {
            while ((value & ~0x7FL) != 0) {
                raw((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            raw((int) value);
        }

        void zigzag(long value) {
            varlong((value << 1) ^ (value >> 63));
        }

        void string(String value) {
            if (value == null) {
                raw(0);
                return;
            }
            Integer known = strings.get(value);
            if (known != null) {
                varint(known + 1);
                return;
            }
            int index = strings.size();
            strings.put(value, index);
            varint(index + 1);
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length);
            for (byte b : bytes) {
                raw(b);
            }
        }

        void decimal(BigDecimal value) {
            zigzag(value.scale());
            BigInteger unscaled = value.unscaledValue();
            if (unscaled.bitLength() < 64) {
                raw('L');
                zigzag(unscaled.longValue());
            } else {
                raw('B');
                byte[] bytes = unscaled.toByteArray();
                varint(bytes.length);
                for (byte b : bytes) {
                    raw(b);
                }
            }
        }

        void argument(Object arg) {
            if (arg instanceof BigDecimal d) {
                raw('D');
                decimal(d);
            } else if (arg instanceof Integer i) {
                raw('I');
                zigzag(i);
            } else if (arg instanceof LocalDate t) {
                raw('T');
                zigzag(t.toEpochDay());
            } else if (arg instanceof YearMonth m) {
                raw('M');
                zigzag(m.getYear() * 12L + m.getMonthValue() - 1);
            } else if (arg instanceof Rating r) {
                raw('R');
                string(r.name());
            } else {
                raw('S');
                string(String.valueOf(arg));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }

    private static final class Reader {

        private final byte[] content;
        private int position;
        private final List<String> strings = new ArrayList<>();

        Reader(byte[] content) {
            this.content = content;
        }

        int raw() {
            if (position >= content.length) {
                throw new IllegalStateException("computed-lines document ends early");
            }
            return content[position++] & 0xFF;
        }

        int varint() {
            return Math.toIntExact(varlong());
        }

        long varlong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = raw();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalStateException("malformed varint in computed-lines document");
        }

        long zigzag() {
            long value = varlong();
            return (value >>> 1) ^ -(value & 1);
        }

        String string() {
            int index = varint();
            if (index == 0) {
                return null;
            }
            if (index <= strings.size()) {
                return strings.get(index - 1);
            }
            if (index != strings.size() + 1) {
                throw new IllegalStateException("string " + index + " out of order in computed-lines document");
            }
            int length = varint();
            if (length < 0 || position + length > content.length) {
                throw new IllegalStateException("computed-lines document ends early");
            }
            String value = new String(content, position, length, StandardCharsets.UTF_8);
            position += length;
            strings.add(value);
            return value;
        }

        BigDecimal decimal() {
            int scale = Math.toIntExact(zigzag());
            int tag = raw();
            if (tag == 'L') {
                return BigDecimal.valueOf(zigzag(), scale);
            }
            if (tag != 'B') {
                throw new IllegalStateException("unknown decimal tag " + tag + " in computed-lines document");
            }
            int length = varint();
            if (length <= 0 || position + length > content.length) {
                throw new IllegalStateException("computed-lines document ends early");
            }
            BigInteger unscaled = new BigInteger(content, position, length);
            position += length;
            return new BigDecimal(unscaled, scale);
        }

        Object argument() {
            int tag = raw();
            return switch (tag) {
                case 'D' -> decimal();
                case 'I' -> Math.toIntExact(zigzag());
                case 'T' -> LocalDate.ofEpochDay(zigzag());
                case 'M' -> {
                    long months = zigzag();
                    yield YearMonth.of(Math.toIntExact(Math.floorDiv(months, 12)), (int) Math.floorMod(months, 12) + 1);
                }
                case 'R' -> Rating.valueOf(string());
                case 'S' -> string();
                default -> throw new IllegalStateException("unknown argument tag " + tag
                        + " in computed-lines document");
            };
        }
    }
}
