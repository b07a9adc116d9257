package org.fieldsupport.conduct.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.security.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts victims' identity at rest with AES-256-GCM (random 96-bit IV per record, 128-bit tag; the key id is stored
 * beside the ciphertext and bound as additional authenticated data together with the victim id, so a ciphertext
 * cannot be moved to another victim). The key is {@code fsp.conduct.victim-key} (Base64 of 32 bytes) with its id
 * {@code fsp.conduct.victim-key-id}. With demo data on and no key configured, a fixed DEMO key is used (it is in
 * the source code, so it protects nothing: production must configure its own). Without any key, recording or
 * reading an identity is refused (422) rather than stored in clear.
 */
@Component
public class VictimVault {

    /** The documented demo key: Base64 of the 32 bytes 0x00..0x1f. Never use it outside demonstrations. */
    static final String DEMO_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final Logger log = LoggerFactory.getLogger(VictimVault.class);

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    VictimVault(Environment env) {
        String configured = env.getProperty("fsp.conduct.victim-key", "").strip();
        if (!configured.isEmpty()) {
            this.key = new SecretKeySpec(decodeKey(configured), "AES");
            this.keyId = env.getProperty("fsp.conduct.victim-key-id", "configured");
        } else if (DemoData.isOn(env)) {
            this.key = new SecretKeySpec(decodeKey(DEMO_KEY), "AES");
            this.keyId = "demo";
            log.warn("Conduct: victims' identities are encrypted with the DEMO key; configure fsp.conduct.victim-key in production");
        } else {
            this.key = null;
            this.keyId = null;
            log.error("Conduct: no fsp.conduct.victim-key configured; victims' identities cannot be recorded or read");
        }
    }

    private static byte[] decodeKey(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException("fsp.conduct.victim-key must be Base64 of 32 bytes (AES-256)");
        }
        return bytes;
    }

    public record Sealed(String keyId, String iv, String ciphertext) { }

    public Sealed seal(long victimId, String plaintext) {
        requireKey();
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad(victimId, keyId));
            byte[] out = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new Sealed(keyId, Base64.getEncoder().encodeToString(iv), Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String open(long victimId, Sealed sealed) {
        requireKey();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Base64.getDecoder().decode(sealed.iv())));
            cipher.updateAAD(aad(victimId, sealed.keyId()));
            return new String(cipher.doFinal(Base64.getDecoder().decode(sealed.ciphertext())), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new BusinessRuleException("conduct.victims.refused.undecryptable");
        }
    }

    private static byte[] aad(long victimId, String keyId) {
        return ("conduct-victim:" + victimId + ":" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private void requireKey() {
        if (key == null) {
            throw new BusinessRuleException("conduct.victims.refused.noKey");
        }
    }
}
