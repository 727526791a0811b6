package org.newsroom.pipeline.support.test.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook as a subscriber would, following the Standard Webhooks specification
 * and written apart from the production signer.
 */
public final class StandardWebhooksVerifier {

	private final byte[] key;

	public StandardWebhooksVerifier(String secret) {
		this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
	}

	public boolean verifies(String id, String timestamp, byte[] body, String signatureHeader) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
		mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
		byte[] expected = mac.doFinal(body);
		for (String signature : signatureHeader.split(" ")) {
			String[] parts = signature.split(",", 2);
			if (parts.length == 2 && parts[0].equals("v1")
					&& MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
				return true;
			}
		}
		return false;
	}

	public boolean verifies(Delivery delivery) throws Exception {
		return verifies(delivery.id(), delivery.timestamp(), delivery.body(), delivery.signature());
	}

}
