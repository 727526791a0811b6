package org.newsroom.pipeline.support.security;

import java.util.Locale;

/**
 * A setting that holds a secret shipped for the local stack, or a password that is not
 * hashed.
 *
 * @param property the property, such as {@code pipeline.security.users[0].password}
 * @param problem what is wrong with its value, without the value
 * @param fix what to set instead
 */
record LocalSecret(String property, String problem, Fix fix) {

	/**
	 * The environment variable that sets the property, in Spring Boot's relaxed binding.
	 * @return such as {@code PIPELINE_SECURITY_USERS_0_PASSWORD}
	 */
	String environmentVariable() {
		return this.property.replace("-", "")
			.replace("[", "_")
			.replace("]", "")
			.replace('.', '_')
			.toUpperCase(Locale.ROOT);
	}

	/** What to set instead, per kind of secret. */
	enum Fix {

		PASSWORD(LocalSecrets.USERS + "[n].password",
				"a {bcrypt} hash, e.g. '{bcrypt}' followed by the output of"
						+ " htpasswd -bnBC 10 '' 'the-password' | tr -d ':\\n'"),

		TOKEN(LocalSecrets.CMS_SOURCES + "[n].token", "a long random token for each CMS, e.g. openssl rand -hex 32"),

		KEY(LocalSecrets.WEBHOOK_SECRET_KEYS + "[n].key",
				"a random AES key of your own with a new id, e.g. openssl rand -base64 32");

		private final String setting;

		private final String advice;

		Fix(String setting, String advice) {
			this.setting = setting;
			this.advice = advice;
		}

		/**
		 * One line of advice.
		 * @return the setting and what it should hold
		 */
		String advice() {
			return this.setting + ": " + this.advice;
		}

	}

}
