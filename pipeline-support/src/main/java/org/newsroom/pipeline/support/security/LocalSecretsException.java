package org.newsroom.pipeline.support.security;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at start-up when a service outside local mode has secrets shipped for the local
 * stack; {@link LocalSecretsFailureAnalyzer} explains it.
 */
public class LocalSecretsException extends IllegalStateException {

	private final String service;

	private final transient List<LocalSecret> secrets;

	LocalSecretsException(String service, List<LocalSecret> secrets) {
		super(service + " has secrets of the local stack outside local mode (" + LocalSecrets.LOCAL_MODE
				+ " is not true): " + secrets.stream().map(LocalSecret::property).collect(Collectors.joining(", ")));
		this.service = service;
		this.secrets = List.copyOf(secrets);
	}

	String service() {
		return this.service;
	}

	List<LocalSecret> secrets() {
		return this.secrets;
	}

}
