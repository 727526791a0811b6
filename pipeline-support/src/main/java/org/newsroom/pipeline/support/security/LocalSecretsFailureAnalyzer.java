package org.newsroom.pipeline.support.security;

import java.util.StringJoiner;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says which settings hold a secret of the local stack and what to set instead.
 */
class LocalSecretsFailureAnalyzer extends AbstractFailureAnalyzer<LocalSecretsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LocalSecretsException cause) {
		StringJoiner description = new StringJoiner(System.lineSeparator());
		description.add(cause.service() + " runs outside the local stack (" + LocalSecrets.LOCAL_MODE
				+ " is not true), and these settings hold secrets shipped for the local stack,"
				+ " which anyone can read in the repository:");
		cause.secrets()
			.forEach((secret) -> description
				.add("    " + secret.property() + " (" + secret.environmentVariable() + ") " + secret.problem()));
		StringJoiner action = new StringJoiner(System.lineSeparator());
		action.add("Set each of them to a secret of your own:");
		cause.secrets().stream().map(LocalSecret::fix).distinct().forEach((fix) -> action.add("    " + fix.advice()));
		action.add("A list set in the environment replaces the whole list of application.yml (docs/deploy.md,"
				+ " \"Secrets\"). Only the local stack in pipeline-local runs with " + LocalSecrets.LOCAL_MODE
				+ "=true.");
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

}
