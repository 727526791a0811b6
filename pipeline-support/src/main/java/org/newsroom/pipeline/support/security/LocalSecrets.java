package org.newsroom.pipeline.support.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.newsroom.pipeline.support.config.PipelineProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The secrets shipped in the services' {@code application.yml} for the local stack, which
 * anyone can read in this repository, and where a service's configuration still holds
 * one. Outside local mode ({@code pipeline.local-mode}) a service with such a secret does
 * not start.
 */
public final class LocalSecrets {

	/** The property that allows the shipped secrets: only the local stack sets it. */
	public static final String LOCAL_MODE = "pipeline.local-mode";

	/** The bearer token of the demo CMS on ingest's HTTP ingress. */
	public static final String CMS_TOKEN = "local-cms-token";

	/** The key that encrypts the webhook signing secrets in the local stack's store. */
	public static final String WEBHOOK_SECRET_KEY = "SppVoebwwyStCGFM2LL1ZPUvGrlNV8R7Mr10284gp7Y=";

	static final String USERS = "pipeline.security.users";

	static final String CMS_SOURCES = "ingest.http.sources";

	static final String WEBHOOK_SECRET_KEYS = "publish.webhooks.secret-keys";

	/** Spring Security's encoders that hash with a salt and a work factor. */
	private static final Set<String> PASSWORD_HASHES = Set.of("bcrypt", "argon2", "argon2@SpringSecurity_v5_8",
			"pbkdf2", "pbkdf2@SpringSecurity_v5_8", "scrypt", "scrypt@SpringSecurity_v5_8");

	private LocalSecrets() {
	}

	/**
	 * The settings that hold a shipped secret or a password that is not hashed.
	 * @param binder the service's configuration
	 * @return one finding per setting, in the order of the configuration; empty if none
	 */
	static List<LocalSecret> in(Binder binder) {
		List<LocalSecret> found = new ArrayList<>();
		find(binder, USERS, PipelineProperties.User.class, "password", LocalSecrets::passwordProblem,
				LocalSecret.Fix.PASSWORD, found);
		find(binder, CMS_SOURCES, CmsSource.class, "token", LocalSecrets::tokenProblem, LocalSecret.Fix.TOKEN, found);
		find(binder, WEBHOOK_SECRET_KEYS, EncryptionKey.class, "key", LocalSecrets::keyProblem, LocalSecret.Fix.KEY,
				found);
		return found;
	}

	/** Adds a finding for each entry of a list setting whose field has a problem. */
	private static <T> void find(Binder binder, String list, Class<T> type, String field, Function<T, String> problem,
			LocalSecret.Fix fix, List<LocalSecret> found) {
		List<T> entries = binder.bind(list, Bindable.listOf(type)).orElse(List.of());
		for (int i = 0; i < entries.size(); i++) {
			String reason = problem.apply(entries.get(i));
			if (reason != null) {
				found.add(new LocalSecret(list + "[" + i + "]." + field, reason, fix));
			}
		}
	}

	private static String passwordProblem(PipelineProperties.User user) {
		String password = user.password();
		String who = " of user '" + user.name() + "'";
		if (password == null || password.isBlank()) {
			return "is empty" + who;
		}
		int end = password.indexOf('}');
		String encoding = (password.startsWith("{") && end > 0) ? password.substring(1, end) : null;
		if (encoding == null) {
			return "has no {id} prefix" + who + ", so it is no hash";
		}
		if (encoding.equals("noop")) {
			return "is a {noop} plain-text password" + who;
		}
		if (!PASSWORD_HASHES.contains(encoding)) {
			return "is a {" + encoding + "} password" + who + ", not a salted hash such as {bcrypt}";
		}
		return null;
	}

	private static String tokenProblem(CmsSource source) {
		return CMS_TOKEN.equals(source.token()) ? "is the local token of the demo CMS (source '" + source.name() + "')"
				: null;
	}

	private static String keyProblem(EncryptionKey key) {
		return WEBHOOK_SECRET_KEY.equals(key.key()) ? "is the local development key (id '" + key.id() + "')" : null;
	}

	/** The part of a CMS source of ingest that this check reads. */
	record CmsSource(String name, String token) {

		@Override
		public String toString() {
			return "CmsSource[name=" + this.name + "]";
		}

	}

	/** The part of a webhook encryption key of publish that this check reads. */
	record EncryptionKey(String id, String key) {

		@Override
		public String toString() {
			return "EncryptionKey[id=" + this.id + "]";
		}

	}

}
