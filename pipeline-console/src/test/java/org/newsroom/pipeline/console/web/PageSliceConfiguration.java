package org.newsroom.pipeline.console.web;

import org.newsroom.pipeline.support.security.PipelineSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of a console page needs besides its controller: the
 * console's form login and access rules on top of the shared users, and the login page
 * that anonymous visitors are sent to. The model advice that tells a page who is logged
 * in comes with every such test, being a controller advice.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ConsoleSecurityConfiguration.class, LoginController.class })
@ImportAutoConfiguration(PipelineSecurityAutoConfiguration.class)
public class PageSliceConfiguration {

}
