package org.newsroom.pipeline.publish;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The publish service of the newsroom pipeline.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PublishApplication {

	public static void main(String[] args) {
		SpringApplication.run(PublishApplication.class, args);
	}

}
