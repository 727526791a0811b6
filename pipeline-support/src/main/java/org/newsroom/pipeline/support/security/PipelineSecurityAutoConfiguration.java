package org.newsroom.pipeline.support.security;

import java.util.List;

import org.newsroom.pipeline.support.config.PipelineProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security every service shares: users and roles from {@code pipeline.security.users},
 * health and metrics open, reads for viewers, changes for operators, HTTP basic for
 * machines. The console adds form login on top. Outside local mode it refuses to start
 * with a secret shipped for the local stack.
 */
@AutoConfiguration(
		beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@EnableConfigurationProperties(PipelineProperties.class)
public class PipelineSecurityAutoConfiguration {

	@Bean
	static LocalSecretsCheck localSecretsCheck() {
		return new LocalSecretsCheck();
	}

	@Bean
	@ConditionalOnMissingBean
	UserDetailsService pipelineUsers(PipelineProperties properties) {
		List<UserDetails> users = properties.security()
			.users()
			.stream()
			.map((user) -> User.withUsername(user.name())
				.password(user.password())
				.roles(user.roles().toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain pipelineSecurity(HttpSecurity http, PipelineProperties properties,
			ObjectProvider<AccessRules> serviceRules) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(properties.security().openPaths().toArray(String[]::new)).permitAll();
			serviceRules.orderedStream().forEach((rules) -> rules.configure(requests));
			requests.requestMatchers(HttpMethod.GET, "/actuator/**", "/api/**")
				.hasAnyRole(Roles.OPERATOR, Roles.VIEWER);
			requests.anyRequest().hasRole(Roles.OPERATOR);
		});
		http.httpBasic(Customizer.withDefaults());
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**", "/actuator/**"));
		return http.build();
	}

}
