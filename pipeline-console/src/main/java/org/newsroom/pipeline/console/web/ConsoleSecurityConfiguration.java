package org.newsroom.pipeline.console.web;

import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Form login with CSRF-protected forms for people, HTTP basic for scripts; viewers read
 * everything, operators alone may change anything. Replaces the shared HTTP-basic-only
 * chain; users still come from {@code pipeline.security.users}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

	static final String LOGIN = "/login";

	@Bean
	SecurityFilterChain consoleSecurity(HttpSecurity http, PipelineProperties properties) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(properties.security().openPaths().toArray(String[]::new)).permitAll();
			requests.requestMatchers(LOGIN, "/css/**", "/js/**", "/favicon.ico", "/error").permitAll();
			requests.requestMatchers(HttpMethod.GET, "/**").hasAnyRole(Roles.OPERATOR, Roles.VIEWER);
			requests.anyRequest().hasRole(Roles.OPERATOR);
		});
		// Scripts get a 401 they can act on; browsers are sent to the login page.
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN),
					AnyRequestMatcher.INSTANCE));
		http.formLogin((form) -> form.loginPage(LOGIN).defaultSuccessUrl("/", false).permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl(LOGIN + "?logout").permitAll());
		http.httpBasic(Customizer.withDefaults());
		return http.build();
	}

}
