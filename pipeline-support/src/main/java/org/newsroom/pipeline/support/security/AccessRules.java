package org.newsroom.pipeline.support.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules for its HTTP endpoints, applied before the shared rule that
 * everything else needs the operator role.
 */
@FunctionalInterface
public interface AccessRules {

	/**
	 * Adds rules, such as public feeds or viewer-readable APIs.
	 * @param requests the request authorization registry
	 */
	void configure(
			AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
