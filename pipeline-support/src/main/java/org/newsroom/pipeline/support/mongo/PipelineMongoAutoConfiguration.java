package org.newsroom.pipeline.support.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * Gives each service its own MongoDB database: {@code spring.mongodb.database}, else the
 * database of the URI, else the application name.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class,
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
public class PipelineMongoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MongoDatabase serviceDatabase(MongoClient client, @Value("${spring.mongodb.database:}") String database,
			@Value("${spring.mongodb.uri:}") String uri, @Value("${spring.application.name:pipeline}") String app) {
		return client.getDatabase(databaseName(database, uri, app));
	}

	@Bean(name = "mongoHealthIndicator")
	@ConditionalOnMissingBean(name = "mongoHealthIndicator")
	MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase database) {
		return new MongoPingHealthIndicator(database);
	}

	static String databaseName(String database, String uri, String app) {
		if (StringUtils.hasText(database)) {
			return database;
		}
		if (StringUtils.hasText(uri)) {
			String fromUri = new ConnectionString(uri).getDatabase();
			if (StringUtils.hasText(fromUri)) {
				return fromUri;
			}
		}
		return app;
	}

}
