package org.fieldsupport.platform.attachment;

import java.util.Set;

/**
 * What a record type accepts: the content types (decided from the bytes, never from the file name), the size
 * limit, and the message keys of the refusals ({@code <messagePrefix>.empty}, {@code .tooLarge} (arg: MB),
 * {@code .type} (arg: the type), {@code .mismatch} (arg: the declared type)).
 */
public record AttachmentPolicy(Set<String> types, long maxBytes, String messagePrefix) {

    public static final Set<String> DOCUMENTS_AND_PHOTOS = Set.of("application/pdf", "image/jpeg", "image/png");

    public AttachmentPolicy {
        types = Set.copyOf(types);
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes");
        }
        messagePrefix = messagePrefix == null ? "platform.attachment.input" : messagePrefix;
    }

    /** PDF, JPEG, PNG up to {@code maxBytes}, with the kit's messages. */
    public static AttachmentPolicy documents(long maxBytes) {
        return new AttachmentPolicy(DOCUMENTS_AND_PHOTOS, maxBytes, null);
    }
}
