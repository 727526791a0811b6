package org.newsroom.pipeline.publish;

import org.newsroom.pipeline.support.security.PipelineSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of a channel needs besides its controller: the site's
 * properties, the item links and the access rules of production (the shared security with
 * the rule that channels are public).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(PublishConfiguration.class)
@EnableConfigurationProperties(PublishProperties.class)
@ImportAutoConfiguration(PipelineSecurityAutoConfiguration.class)
public class ChannelSliceConfiguration {

}
