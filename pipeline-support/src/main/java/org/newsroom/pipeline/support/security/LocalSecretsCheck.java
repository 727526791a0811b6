package org.newsroom.pipeline.support.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;

/**
 * Stops a service outside local mode that still has a secret shipped for the local stack.
 * It runs before any bean is created, so the service fails before it reaches Kafka or
 * MongoDB.
 */
class LocalSecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

	private static final Logger logger = LoggerFactory.getLogger(LocalSecretsCheck.class);

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Binder binder = Binder.get(this.environment);
		List<LocalSecret> secrets = LocalSecrets.in(binder);
		if (secrets.isEmpty()) {
			return;
		}
		if (!binder.bind(LocalSecrets.LOCAL_MODE, Boolean.class).orElse(false)) {
			throw new LocalSecretsException(this.environment.getProperty("spring.application.name", "The service"),
					secrets);
		}
		logger.warn("Running with {} secrets of the local stack because {}=true; never set it outside the local stack",
				secrets.size(), LocalSecrets.LOCAL_MODE);
	}

	@Override
	public int getOrder() {
		return HIGHEST_PRECEDENCE;
	}

}
