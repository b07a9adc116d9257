package org.fieldsupport.movements.shipment.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A shipment travels under one transport document whose kind follows the mode: a bill of lading by sea, an air
 * waybill by air, a consignment note (CMR) by road. Numbers are checked as carriers issue them:
 * <ul>
 *   <li>air waybill (IATA Resolution 600a): a 3-digit airline prefix and an 8-digit serial whose last digit is the
 *   first seven modulo 7, written {@code 176-12345675};</li>
 *   <li>bill of lading: the carrier's 4-letter code (SCAC) then 6 to 16 letters or digits, e.g. {@code MAEU123456789};</li>
 *   <li>consignment note: 4 to 30 letters, digits, {@code /} or {@code -}, starting with a letter or digit.</li>
 * </ul>
 * Spaces are ignored and letters upper-cased before the check; the number is stored in the normal form.
 */
public final class ShipmentRules {

    public static final Map<String, String> DOCUMENT_FOR_MODE = Map.of("SEA", "BILL_OF_LADING", "AIR", "AIR_WAYBILL",
            "ROAD", "CONSIGNMENT_NOTE");

    private static final Pattern AWB = Pattern.compile("(\\d{3})-?(\\d{8})");
    private static final Pattern BILL = Pattern.compile("[A-Z]{4}[A-Z0-9]{6,16}");
    private static final Pattern NOTE = Pattern.compile("[A-Z0-9][A-Z0-9/-]{3,29}");

    private ShipmentRules() { }

    /** The number in its normal form when valid for the document type, else {@code null}. */
    public static String normalise(String documentType, String number) {
        if (number == null || documentType == null) {
            return null;
        }
        String n = number.replace(" ", "").toUpperCase(Locale.ROOT);
        return switch (documentType) {
            case "AIR_WAYBILL" -> {
                var m = AWB.matcher(n);
                if (!m.matches()) {
                    yield null;
                }
                String serial = m.group(2);
                int check = Integer.parseInt(serial.substring(0, 7)) % 7;
                yield check == serial.charAt(7) - '0' ? m.group(1) + "-" + serial : null;
            }
            case "BILL_OF_LADING" -> BILL.matcher(n).matches() ? n : null;
            case "CONSIGNMENT_NOTE" -> NOTE.matcher(n).matches() ? n : null;
            default -> null;
        };
    }
}
